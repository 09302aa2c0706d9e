package main

import (
	"unsafe"

	"example.com/wasmabi/sigs/lib"
)

// Every export calls the import of the same shape, so the linker keeps both.

//go:wasmexport nothing
func eNothing() { hNothing(); hPInt32Again(0) }

// Package lib's exports are kept because lib is imported.
var _ = lib.Version

//go:wasmexport p_bool
func ePBool(b bool) { hPBool(b) }

//go:wasmexport p_int32
func ePInt32(x int32) { hPInt32(x) }

//go:wasmexport p_uint32
func ePUint32(x uint32) { hPUint32(x) }

//go:wasmexport p_int64
func ePInt64(x int64) { hPInt64(x) }

//go:wasmexport p_uint64
func ePUint64(x uint64) { hPUint64(x) }

//go:wasmexport p_float32
func ePFloat32(x float32) { hPFloat32(x) }

//go:wasmexport p_float64
func ePFloat64(x float64) { hPFloat64(x) }

//go:wasmexport p_unsafe_pointer
func ePUnsafePointer(p unsafe.Pointer) { hPUnsafePointer(p) }

//go:wasmexport p_uintptr
func ePUintptr(p uintptr) { hPUintptr(p) }

//go:wasmexport p_string
func ePString(s string) { hPString(s) }

//go:wasmexport p_ptr_ints
func ePPtrInts(a *int8, b *int16, c *int32, d *int64) { hPPtrInts(a, b, c, d) }

//go:wasmexport p_ptr_uints
func ePPtrUints(a *uint8, b *uint16, c *uint32, d *uint64) { hPPtrUints(a, b, c, d) }

//go:wasmexport p_ptr_floats_bool
func ePPtrFloatsBool(a *float32, b *float64, c *bool) { hPPtrFloatsBool(a, b, c) }

//go:wasmexport p_ptr_array
func ePPtrArray(a *[4]int32) { hPPtrArray(a) }

//go:wasmexport p_ptr_array2
func ePPtrArray2(a *[2][3]uint8) { hPPtrArray2(a) }

//go:wasmexport p_ptr_point
func ePPtrPoint(p *Point) { hPPtrPoint(p) }

//go:wasmexport p_ptr_rect
func ePPtrRect(r *Rect) { hPPtrRect(r) }

//go:wasmexport p_ptr_points
func ePPtrPoints(a *[3]Point) { hPPtrPoints(a) }

//go:wasmexport p_ptr_mixed
func ePPtrMixed(m *Mixed) { hPPtrMixed(m) }

//go:wasmexport p_ptr_empty
func ePPtrEmpty(e *Empty) { hPPtrEmpty(e) }

//go:wasmexport r_bool
func eRBool() bool { return hRBool() }

//go:wasmexport r_int32
func eRInt32() int32 { return hRInt32() }

//go:wasmexport r_uint32
func eRUint32() uint32 { return hRUint32() }

//go:wasmexport r_int64
func eRInt64() int64 { return hRInt64() }

//go:wasmexport r_uint64
func eRUint64() uint64 { return hRUint64() }

//go:wasmexport r_float32
func eRFloat32() float32 { return hRFloat32() }

//go:wasmexport r_float64
func eRFloat64() float64 { return hRFloat64() }

//go:wasmexport r_unsafe_pointer
func eRUnsafePointer() unsafe.Pointer { return hRUnsafePointer() }

//go:wasmexport r_uintptr
func eRUintptr() uintptr { return hRUintptr() }

//go:wasmexport r_ptr_int64
func eRPtrInt64() *int64 { return hRPtrInt64() }

//go:wasmexport r_ptr_point
func eRPtrPoint() *Point { return hRPtrPoint() }

//go:wasmexport named
func eNamed(h Handle, f Flag, n Nanos, r Ratio) Handle { return hNamed(h, f, n, r) }

//go:wasmexport two_strings
func eTwoStrings(a, b string) int32 { return hTwoStrings(a, b) }

//go:wasmexport mix_string_ptr
func eMixStringPtr(key string, n int32, scale float64, out *Point) int64 {
	return hMixStringPtr(key, n, scale, out)
}

//go:wasmexport mix_wide
func eMixWide(a int32, b int64, c float32, d float64, e bool, f uint32, g uint64, h uintptr, i unsafe.Pointer, j *Rect) float32 {
	return hMixWide(a, b, c, d, e, f, g, h, i, j)
}

// An export that is not a wrapper: results computed in Go.
//
//go:wasmexport add_i64
func eAddI64(a, b int64) int64 { return a + b }
