// run

// unsafe.Add and Offsetof walking a struct of pointer-free fields.
package main

import "unsafe"

type Rec struct {
	A int32
	B int16
	C int64
	D byte
}

func main() {
	r := Rec{1, 2, 3, 4}
	base := unsafe.Pointer(&r)
	a := *(*int32)(unsafe.Add(base, unsafe.Offsetof(r.A)))
	b := *(*int16)(unsafe.Add(base, unsafe.Offsetof(r.B)))
	c := *(*int64)(unsafe.Add(base, unsafe.Offsetof(r.C)))
	d := *(*byte)(unsafe.Add(base, unsafe.Offsetof(r.D)))
	println(a, b, c, d)
	*(*int64)(unsafe.Add(base, 8)) = 30
	println(r.C, unsafe.Offsetof(r.C), unsafe.Sizeof(r))
}
