// run

// Unsigned comparisons and conversions of negative values.
package main

func main() {
	var a uint32 = 1
	var b uint32 = 0xffffffff
	println(a < b, a-2 > a, b+1 == 0)
	n := -1
	println(uint64(n) > 1<<63, uint8(n), uint16(n)>>8)
	var x uint64 = 1 << 63
	println(int64(x) < 0, x > 0)
	var i8 int8 = -1
	println(uint8(i8) == 255, uint32(i8) == 0xffffffff, uint(int16(i8)))
}
