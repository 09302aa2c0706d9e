// errorcheck

// Beyond gc (shared/spec/wasm.md §2: "on functions only, not methods"):
// go:wasmimport on a method is a compile error at the method name:
//
//	cannot use //go:wasmimport on a method
//
// (worded like gc's go:wasmexport error). gc 1.27.3 treats the receiver as
// the first parameter instead: it reports `go:wasmimport: unsupported
// parameter type T` for a value receiver of struct type T and accepts a
// pointer receiver to a HostLayout struct. errorcheck_gc.py reports this
// file as failing by design.

package main

import "structs"

type T struct{}

type H struct {
	_ structs.HostLayout
	X int32
}

type Handle uint32

//go:wasmimport host t
func (T) Imported() // ERROR "^cannot use //go:wasmimport on a method$"

//go:wasmimport host h
func (*H) Imported(x int32) int32 // ERROR "^cannot use //go:wasmimport on a method$"

//go:wasmimport host handle
func (Handle) Close() // ERROR "^cannot use //go:wasmimport on a method$"

func main() {}
