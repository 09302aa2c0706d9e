// go:wasmexport takes exactly one argument (shared/spec/wasm.md §3).
package main

//go:wasmexport a b
func two() {}

//go:wasmexport a b c
func three() {}

func main() {}
