// errorcheck

// Integer types without a fixed Wasm counterpart are not allowed as
// go:wasmimport/go:wasmexport parameters (shared/spec/wasm.md §4). gc
// reports `go:wasmimport: unsupported parameter type T` (prefix: the
// directive) at the function name, once per offending parameter, and
// prints the type as written (byte, not uint8). At most 9 errors per file:
// gc stops at 10 with "too many errors".
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

//go:wasmimport host i
func i(x int) // ERROR "unsupported parameter type int$"

//go:wasmimport host u
func u(x uint) // ERROR "unsupported parameter type uint$"

//go:wasmimport host i8
func i8(x int8) // ERROR "unsupported parameter type int8$"

//go:wasmimport host i16
func i16(x int16) // ERROR "unsupported parameter type int16$"

//go:wasmimport host u8
func u8(ok int32, x uint8) // ERROR "^go:wasmimport: unsupported parameter type uint8$"

//go:wasmimport host u16
func u16(x uint16, y int32) // ERROR "^go:wasmimport: unsupported parameter type uint16$"

type Small int8

//go:wasmexport e_int
func eInt(x int) {} // ERROR "^go:wasmexport: unsupported parameter type int$"

//go:wasmexport e_small
func eSmall(x Small) {} // ERROR "^go:wasmexport: unsupported parameter type Small$"

//go:wasmexport e_two
func eTwo(a byte, b int32) {} // ERROR "^go:wasmexport: unsupported parameter type byte$"

func main() {}
