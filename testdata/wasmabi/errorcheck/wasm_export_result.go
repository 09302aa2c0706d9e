// errorcheck

// go:wasmexport results follow the same rules as go:wasmimport results
// (shared/spec/wasm.md §4).
// Verified with gc 1.27.3 (testdata/errorcheck_gc.py).

package main

type S struct{ A int32 }

//go:wasmexport r_int
func rInt() int { return 0 } // ERROR "^go:wasmexport: unsupported result type int$"

//go:wasmexport r_uint8
func rUint8() uint8 { return 0 } // ERROR "^go:wasmexport: unsupported result type uint8$"

//go:wasmexport r_int16
func rInt16() int16 { return 0 } // ERROR "^go:wasmexport: unsupported result type int16$"

//go:wasmexport r_string
func rString() string { return "" } // ERROR "^go:wasmexport: unsupported result type string$"

//go:wasmexport r_struct
func rStruct() S { return S{} } // ERROR "^go:wasmexport: unsupported result type S$"

//go:wasmexport r_array
func rArray() [2]int32 { return [2]int32{} } // ERROR "^go:wasmexport: unsupported result type \[2\]int32$"

//go:wasmexport r_ptr_struct
func rPtrStruct() *S { return nil } // ERROR "^go:wasmexport: unsupported result type \*S$"

//go:wasmexport r_chan
func rChan() chan int32 { return nil } // ERROR "^go:wasmexport: unsupported result type chan int32$"

//go:wasmexport r_error
func rError() error { return nil } // ERROR "^go:wasmexport: unsupported result type error$"

func main() {}
