// run

// Sizes of pointer-shaped types. gc's wasm uses 8-byte pointers; gobuild uses 4 (see README.md here).
package main

import "unsafe"

type T struct {
	p *int
	s string
	x []int
	i any
	m map[int]int
	f func()
}

func main() {
	var p *int
	var s string
	var sl []int
	var i any
	var m map[int]int
	var f func()
	var up uintptr
	println(unsafe.Sizeof(p), unsafe.Sizeof(up), unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(i), unsafe.Sizeof(m), unsafe.Sizeof(f))
	var t T
	println(unsafe.Sizeof(t), unsafe.Offsetof(t.s), unsafe.Offsetof(t.x), unsafe.Offsetof(t.i), unsafe.Offsetof(t.m), unsafe.Offsetof(t.f))
	println(unsafe.Alignof(p), unsafe.Alignof(s), unsafe.Alignof(i))
}
