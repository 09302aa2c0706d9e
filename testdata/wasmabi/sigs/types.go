// Package main is the signature corpus: every accepted go:wasmimport and
// go:wasmexport parameter and result type of shared/spec/wasm.md §4. Each
// import (module "host") is called by an export of the same Go signature,
// so both directions are covered and no import is dead code. The Wasm
// signatures gc gives them are recorded in ../sigs.expected (regen.sh).
// Package lib adds exports and imports from a non-main package.
package main

import "structs"

// Point is a host-layout struct of permitted fields.
type Point struct {
	_ structs.HostLayout
	X, Y int32
}

// Rect nests host-layout structs.
type Rect struct {
	_        structs.HostLayout
	Min, Max Point
}

// Mixed has every permitted scalar field kind, an array and padding.
type Mixed struct {
	_     structs.HostLayout
	B     bool
	I8    int8
	I16   int16
	U8    uint8
	U16   uint16
	I32   int32
	U32   uint32
	I64   int64
	U64   uint64
	F32   float32
	F64   float64
	Bytes [4]uint8
	Pts   [2]Point
}

// Empty has no fields: gc allows a pointer to it.
type Empty struct{}

// Named scalar types keep their underlying Wasm type.
type (
	Handle uint32
	Flag   bool
	Nanos  int64
	Ratio  float64
)

func main() {}
