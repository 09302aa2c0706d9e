// Two packages import host.clash with different Wasm signatures
// (shared/spec/wasm.md §2). gc builds it and emits two conflicting
// imports; gobuild (beyond gc) fails to link with an error naming both
// declarations (x/x.go:4 and y/y.go:4).
package main

import (
	"example.com/wasmabi/importconflict/x"
	"example.com/wasmabi/importconflict/y"
)

//go:wasmexport run
func run() {
	x.Use()
	y.Use()
}

func main() {}
