// run

// unsafe.Slice, unsafe.String, unsafe.StringData and unsafe.SliceData.
package main

import "unsafe"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := unsafe.Slice(&arr[1], 3)
	println(len(s), cap(s), s[0], s[2])
	s[0] = 20
	println(arr[1])
	bs := []byte("hello")
	str := unsafe.String(&bs[0], 4)
	println(str)
	d := unsafe.StringData("abc")
	println(*d)
	sd := unsafe.SliceData(bs)
	println(*sd, sd == &bs[0])
	var nilS []int
	println(unsafe.SliceData(nilS) == nil)
	e := unsafe.Slice((*int)(nil), 0)
	println(e == nil)
}
