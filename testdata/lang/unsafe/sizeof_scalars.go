// run

// Sizeof/Alignof of pointer-free scalar types (same on gc's wasm and gobuild).
package main

import "unsafe"

func main() {
	var (
		b   bool
		i8  int8
		u16 uint16
		i32 int32
		i   int
		u64 uint64
		f32 float32
		f64 float64
		c64 complex64
		c   complex128
	)
	println(unsafe.Sizeof(b), unsafe.Sizeof(i8), unsafe.Sizeof(u16), unsafe.Sizeof(i32))
	println(unsafe.Sizeof(i), unsafe.Sizeof(u64), unsafe.Sizeof(f32), unsafe.Sizeof(f64))
	println(unsafe.Sizeof(c64), unsafe.Sizeof(c))
	println(unsafe.Alignof(b), unsafe.Alignof(i8), unsafe.Alignof(u16), unsafe.Alignof(i32), unsafe.Alignof(i), unsafe.Alignof(f64))
}
