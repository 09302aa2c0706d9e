// run

// Bitwise and, or, xor, and-not, complement.
package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100_1010, 0b1010_0110
	println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0x0f
	println(^u, u&^0x3, u|0xf0, u^0xff)
	var m int32 = -1
	println(m&0x7fffffff, m^m, ^m)
	println(popcount(0xffffffffffffffff), popcount(0x8000000000000001), popcount(0))
	println(0x10 | 0o17 | 0b1)
}
