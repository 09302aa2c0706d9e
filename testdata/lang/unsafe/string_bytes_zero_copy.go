// run

// Zero-copy conversions between string and []byte with unsafe.
package main

import "unsafe"

func bytesToString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func stringToBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func main() {
	b := []byte("hello")
	s := bytesToString(b)
	println(s)
	b[0] = 'J'
	println(s)
	t := stringToBytes("world")
	println(len(t), cap(t), t[0])
	println(bytesToString(nil) == "")
}
