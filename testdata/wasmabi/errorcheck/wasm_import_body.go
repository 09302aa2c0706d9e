// errorcheck

// A go:wasmimport function must not have a body (shared/spec/wasm.md §2).
// The error is at the function name.
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

//go:wasmimport host f
func f() {} // ERROR "^can only use //go:wasmimport with external func implementations$"

//go:wasmimport host g
func g(x int32) int32 { // ERROR "^can only use //go:wasmimport with external func implementations$"
	return x
}

func main() { f(); println(g(1)) }
