// Beyond gc (shared/spec/wasm.md §2, §3): a directive without arguments is
// a usage error. gc 1.27 ignores a bare //go:wasmexport (exporting
// nothing) and a bare //go:wasmimport (so its function is just missing a
// body): see beyondgc_bare.gc.err.
package main

//go:wasmexport
func bare() {}

//go:wasmimport
func bareImport()

func main() {}
