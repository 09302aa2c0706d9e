// errorcheck

// Pointers are allowed only to bool, sized integers, floats, arrays of
// them and structs embedding structs.HostLayout whose fields are all
// permitted (shared/spec/wasm.md §4). Pointer fields in HostLayout structs
// are beyond gc and accepted by gobuild: see testdata/wasmabi/hostptr.
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

import "unsafe"

//go:wasmimport host p_int
func pInt(p *int) // ERROR "^go:wasmimport: unsupported parameter type \*int$"

//go:wasmimport host p_uint
func pUint(p *uint) // ERROR "^go:wasmimport: unsupported parameter type \*uint$"

//go:wasmimport host p_uintptr
func pUintptr(p *uintptr) // ERROR "^go:wasmimport: unsupported parameter type \*uintptr$"

//go:wasmimport host p_ptr
func pPtr(p **int32) // ERROR "^go:wasmimport: unsupported parameter type \*\*int32$"

//go:wasmimport host p_unsafe
func pUnsafe(p *unsafe.Pointer) // ERROR "^go:wasmimport: unsupported parameter type \*unsafe.Pointer$"

//go:wasmimport host p_string
func pString(p *string) // ERROR "^go:wasmimport: unsupported parameter type \*string$"

//go:wasmimport host p_slice
func pSlice(p *[]byte) // ERROR "^go:wasmimport: unsupported parameter type \*\[\]byte$"

//go:wasmexport p_array_int
func pArrayInt(p *[2]int) {} // ERROR "^go:wasmexport: unsupported parameter type \*\[2\]int$"

//go:wasmexport p_complex
func pComplex(p *complex64) {} // ERROR "^go:wasmexport: unsupported parameter type \*complex64$"

func main() {}
