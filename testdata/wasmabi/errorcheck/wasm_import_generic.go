// errorcheck

// A generic go:wasmimport declaration has no body to instantiate: gc's
// type checker rejects it before the directive is looked at
// (shared/spec/wasm.md §2).
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

//go:wasmimport host gen
func gen[T any](x int32) // ERROR "^generic function is missing function body$"

func main() {}
