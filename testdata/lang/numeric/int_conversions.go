// run

// Conversions between integer types truncate or sign-extend.
package main

func main() {
	var x int64 = 0x1234567890abcdef
	println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x))
	var n int = -1
	println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	var b uint8 = 0xf0
	println(int8(b), int16(int8(b)), int(b), uint64(int8(b)))
	var r rune = 0x1F600
	println(int16(r), byte(r), uint32(r))
	var u32 uint32 = 0x80000000
	println(int32(u32), int64(u32), int64(int32(u32)))
}
