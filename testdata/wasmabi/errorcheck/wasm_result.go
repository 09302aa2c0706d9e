// errorcheck

// go:wasmimport results: only the scalar types, unsafe.Pointer, uintptr
// and permitted pointers; no string (shared/spec/wasm.md §4).
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

//go:wasmimport host r_int
func rInt() int // ERROR "^go:wasmimport: unsupported result type int$"

//go:wasmimport host r_uint
func rUint() uint // ERROR "^go:wasmimport: unsupported result type uint$"

//go:wasmimport host r_int8
func rInt8() int8 // ERROR "^go:wasmimport: unsupported result type int8$"

//go:wasmimport host r_uint16
func rUint16() uint16 // ERROR "^go:wasmimport: unsupported result type uint16$"

//go:wasmimport host r_string
func rString() string // ERROR "^go:wasmimport: unsupported result type string$"

//go:wasmimport host r_slice
func rSlice() []byte // ERROR "^go:wasmimport: unsupported result type \[\]byte$"

//go:wasmimport host r_map
func rMap() map[int32]int32 // ERROR "^go:wasmimport: unsupported result type map\[int32\]int32$"

//go:wasmimport host r_any
func rAny() any // ERROR "^go:wasmimport: unsupported result type any$"

//go:wasmimport host r_func
func rFunc() func() // ERROR "^go:wasmimport: unsupported result type func\(\)$"

func main() {}
