// run

// unsafe.Pointer conversions to reinterpret float bits and walk arrays.
package main

import "unsafe"

func main() {
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	println(bits)
	var f32 float32 = -2
	println(*(*uint32)(unsafe.Pointer(&f32)))
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	for i := 0; i < 4; i++ {
		q := (*int32)(unsafe.Add(p, i*4))
		print(*q, " ")
	}
	println()
	third := (*int32)(unsafe.Pointer(uintptr(p) + 2*unsafe.Sizeof(arr[0])))
	*third = 99
	println(arr[2])
	x := uint32(0x01020304)
	b := (*[4]byte)(unsafe.Pointer(&x))
	println(b[0], b[3])
}
