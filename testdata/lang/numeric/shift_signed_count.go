// run

// Shift counts of signed type are allowed when non-negative.
package main

func shl(x int, n int) int { return x << n }

func shr(x int64, n int8) int64 { return x >> n }

func main() {
	println(shl(1, 10), shl(3, 62), shl(3, 63), shl(5, 64))
	println(shr(-100, 2), shr(100, 2), shr(-1, 127))
	const c = 1 << 70 >> 68
	println(c)
}
