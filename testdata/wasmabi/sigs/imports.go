package main

import "unsafe"

// No parameters, no results.

//go:wasmimport host nothing
func hNothing()

// One parameter of each scalar kind.

//go:wasmimport host p_bool
func hPBool(b bool)

//go:wasmimport host p_int32
func hPInt32(x int32)

//go:wasmimport host p_uint32
func hPUint32(x uint32)

//go:wasmimport host p_int64
func hPInt64(x int64)

//go:wasmimport host p_uint64
func hPUint64(x uint64)

//go:wasmimport host p_float32
func hPFloat32(x float32)

//go:wasmimport host p_float64
func hPFloat64(x float64)

//go:wasmimport host p_unsafe_pointer
func hPUnsafePointer(p unsafe.Pointer)

//go:wasmimport host p_uintptr
func hPUintptr(p uintptr)

//go:wasmimport host p_string
func hPString(s string)

// Pointers to every permitted pointee.

//go:wasmimport host p_ptr_ints
func hPPtrInts(a *int8, b *int16, c *int32, d *int64)

//go:wasmimport host p_ptr_uints
func hPPtrUints(a *uint8, b *uint16, c *uint32, d *uint64)

//go:wasmimport host p_ptr_floats_bool
func hPPtrFloatsBool(a *float32, b *float64, c *bool)

//go:wasmimport host p_ptr_array
func hPPtrArray(a *[4]int32)

//go:wasmimport host p_ptr_array2
func hPPtrArray2(a *[2][3]uint8)

//go:wasmimport host p_ptr_point
func hPPtrPoint(p *Point)

//go:wasmimport host p_ptr_rect
func hPPtrRect(r *Rect)

//go:wasmimport host p_ptr_points
func hPPtrPoints(a *[3]Point)

//go:wasmimport host p_ptr_mixed
func hPPtrMixed(m *Mixed)

//go:wasmimport host p_ptr_empty
func hPPtrEmpty(e *Empty)

// One result of each permitted kind.

//go:wasmimport host r_bool
func hRBool() bool

//go:wasmimport host r_int32
func hRInt32() int32

//go:wasmimport host r_uint32
func hRUint32() uint32

//go:wasmimport host r_int64
func hRInt64() int64

//go:wasmimport host r_uint64
func hRUint64() uint64

//go:wasmimport host r_float32
func hRFloat32() float32

//go:wasmimport host r_float64
func hRFloat64() float64

//go:wasmimport host r_unsafe_pointer
func hRUnsafePointer() unsafe.Pointer

//go:wasmimport host r_uintptr
func hRUintptr() uintptr

//go:wasmimport host r_ptr_int64
func hRPtrInt64() *int64

//go:wasmimport host r_ptr_point
func hRPtrPoint() *Point

// Named types and mixes.

//go:wasmimport host named
func hNamed(h Handle, f Flag, n Nanos, r Ratio) Handle

//go:wasmimport host two_strings
func hTwoStrings(a, b string) int32

//go:wasmimport host mix_string_ptr
func hMixStringPtr(key string, n int32, scale float64, out *Point) int64

//go:wasmimport host mix_wide
func hMixWide(a int32, b int64, c float32, d float64, e bool, f uint32, g uint64, h uintptr, i unsafe.Pointer, j *Rect) float32

// The same host function under a different Go name and package-level
// spelling: one import per (module, name).

//go:wasmimport host p_int32
func hPInt32Again(x int32)
