// run

// Conversions between integer types truncate or sign/zero-extend.
package main

func main() {
	var x int64 = 0x123456789abcdef0
	println(int8(x), uint8(x), int16(x), uint16(x))
	println(int32(x), uint32(x), int(x), uint(x))

	var neg int64 = -2
	println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))

	var b uint8 = 200
	println(int8(b), int16(b), int32(int8(b)), int64(int8(b)))
	var h uint16 = 0xfff0
	println(int16(h), int32(int16(h)), uint32(h), uint64(int16(h)))

	var w uint32 = 0x80000000
	println(int32(w), int64(w), int64(int32(w)), uint64(int32(w)))

	var u uint64 = 18446744073709551615
	println(int64(u), int32(u), uint32(u), int8(u))

	// Round trips.
	for _, v := range []int{-129, -128, -1, 0, 127, 128, 255, 256, 65535, 65536} {
		println(v, "->", int8(v), uint8(v), int16(v), uint16(v))
	}

	// byte and rune are aliases.
	var by byte = 'z'
	var r rune = rune(by) + 1
	println(by, r, byte(r), uint8(r) == byte(r))

	// uintptr.
	var p uintptr = uintptr(w) + 16
	println(p, uint32(p))

	// Constant conversions.
	const c = 300
	println(int16(c), uint16(c), int64(c)*int64(c)*int64(c)*int64(c))
	println(uint8(c-45), int8(-c/3))
}
