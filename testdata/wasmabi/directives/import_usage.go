// go:wasmimport takes exactly two arguments (shared/spec/wasm.md §2).
// gc reports the usage error at the directive and stops: no "missing
// function body" follows.
package main

//go:wasmimport host
func one()

//go:wasmimport host f extra
func three()

//go:wasmimport host f g h
func four()

func main() {}
