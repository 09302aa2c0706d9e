// run

// Alignof of struct fields and arrays of pointer-free types.
package main

import "unsafe"

type S struct {
	a byte
	b int16
	c [3]byte
	d float64
	e complex64
}

func main() {
	var s S
	println(unsafe.Alignof(s.a), unsafe.Alignof(s.b), unsafe.Alignof(s.c), unsafe.Alignof(s.d), unsafe.Alignof(s.e))
	println(unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e), unsafe.Sizeof(s))
	var arr [5]int16
	println(unsafe.Sizeof(arr), unsafe.Alignof(arr))
}
