// errorcheck

// At most one result (shared/spec/wasm.md §4). gc checks the count first:
// a second result of an unsupported type adds no further error.
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

//go:wasmimport host two
func two() (int32, int32) // ERROR "^go:wasmimport: too many return values$"

//go:wasmimport host mixed
func mixed(x int64) (int32, string) // ERROR "^go:wasmimport: too many return values$"

//go:wasmexport named
func named() (a, b int32) { return } // ERROR "^go:wasmexport: too many return values$"

//go:wasmexport three
func three() (float32, float64, bool) { return 0, 0, false } // ERROR "^go:wasmexport: too many return values$"

func main() {}
