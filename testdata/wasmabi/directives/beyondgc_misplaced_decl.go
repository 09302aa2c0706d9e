// Beyond gc (shared/spec/wasm.md §3: "anywhere else, misplaced
// go:wasmexport directive"): go:wasmexport before a var, const or type
// declaration is misplaced. gc 1.27 ignores it silently and builds
// (beyondgc_misplaced_decl.gc.err is empty).
package main

//go:wasmexport v
var v int32

//go:wasmexport c
const c = 1

//go:wasmexport t
type T struct{}

func main() { _ = v; _ = T{} }
