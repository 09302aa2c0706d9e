// run

// Offsetof and Sizeof for structs of pointer-free fields follow C-like rules.
package main

import "unsafe"

type S struct {
	a bool
	b int64
	c uint8
	d int32
	e [3]byte
	f int16
}

type Packed struct {
	a, b, c byte
	d       uint16
}

type Empty struct{}

func main() {
	var s S
	println(unsafe.Sizeof(s), unsafe.Alignof(s))
	println(unsafe.Offsetof(s.a), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e), unsafe.Offsetof(s.f))
	var p Packed
	println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.d))
	println(unsafe.Sizeof(Empty{}), unsafe.Sizeof([0]int64{}), unsafe.Sizeof([5]int16{}))
	var arr [4]S
	println(unsafe.Sizeof(arr))
	const k = unsafe.Sizeof(int32(0)) * 2
	var fixed [k]byte
	println(len(fixed))
}
