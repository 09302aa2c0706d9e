// errorcheck

// A struct pointee must embed structs.HostLayout, and so must every
// struct nested in it, and its fields must all be permitted types
// (shared/spec/wasm.md §4).
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

import "structs"

// Plain has no HostLayout.
type Plain struct {
	A, B int32
}

// Outer is host-layout but nests a struct without it.
type Outer struct {
	_  structs.HostLayout
	In Plain
}

// WithInt is host-layout with an int field.
type WithInt struct {
	_ structs.HostLayout
	N int
}

// WithString is host-layout with a string field.
type WithString struct {
	_ structs.HostLayout
	S string
}

//go:wasmimport host plain
func plain(p *Plain) // ERROR "^go:wasmimport: unsupported parameter type \*Plain$"

//go:wasmimport host anon
func anon(p *struct{ A int32 }) // ERROR "^go:wasmimport: unsupported parameter type \*struct \{ A int32 \}$"

//go:wasmimport host outer
func outer(p *Outer) // ERROR "^go:wasmimport: unsupported parameter type \*Outer$"

//go:wasmimport host with_int
func withInt(p *WithInt) // ERROR "^go:wasmimport: unsupported parameter type \*WithInt$"

//go:wasmexport with_string
func withString(p *WithString) {} // ERROR "^go:wasmexport: unsupported parameter type \*WithString$"

//go:wasmexport plains
func plains(p *[2]Plain) {} // ERROR "^go:wasmexport: unsupported parameter type \*\[2\]Plain$"

func main() {}
