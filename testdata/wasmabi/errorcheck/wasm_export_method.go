// errorcheck

// go:wasmexport is only for functions, not methods (shared/spec/wasm.md §3).
// The error is at the method name.
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

type T struct{}

//go:wasmexport value
func (T) Value() {} // ERROR "^cannot use //go:wasmexport on a method$"

//go:wasmexport pointer
func (*T) Pointer(x int32) int32 { return x } // ERROR "^cannot use //go:wasmexport on a method$"

type H uint32

//go:wasmexport handle
func (h H) Handle() uint32 { return uint32(h) } // ERROR "^cannot use //go:wasmexport on a method$"

func main() {}
