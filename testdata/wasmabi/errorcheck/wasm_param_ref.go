// errorcheck

// Slices, maps, channels, interfaces, funcs, struct and array values, and
// complex numbers are not allowed as go:wasmimport/go:wasmexport
// parameters (shared/spec/wasm.md §4).
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

type S struct{ A int32 }

//go:wasmimport host slice
func slice(b []byte) // ERROR "^go:wasmimport: unsupported parameter type \[\]byte$"

//go:wasmimport host map
func mapParam(m map[string]int32) // ERROR "^go:wasmimport: unsupported parameter type map\[string\]int32$"

//go:wasmimport host chan
func chanParam(c chan int32) // ERROR "^go:wasmimport: unsupported parameter type chan int32$"

//go:wasmimport host iface
func iface(v any) // ERROR "^go:wasmimport: unsupported parameter type any$"

//go:wasmimport host err
func errParam(e error) // ERROR "^go:wasmimport: unsupported parameter type error$"

//go:wasmimport host fn
func fn(f func(int32) int32) // ERROR "^go:wasmimport: unsupported parameter type func\(int32\) int32$"

//go:wasmexport struct_value
func structValue(s S) {} // ERROR "^go:wasmexport: unsupported parameter type S$"

//go:wasmexport array_value
func arrayValue(a [4]int32) {} // ERROR "^go:wasmexport: unsupported parameter type \[4\]int32$"

//go:wasmexport complex
func complexParam(c complex128) {} // ERROR "^go:wasmexport: unsupported parameter type complex128$"

func main() {}
