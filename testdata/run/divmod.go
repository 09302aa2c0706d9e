// run

// Division truncates toward zero; the remainder has the dividend's sign.
package main

func div(a, b int) (int, int) { return a / b, a % b }

func main() {
	pairs := []int{7, 2, -7, 2, 7, -2, -7, -2, 0, 5, 5, 7, -5, 7, 1, 1}
	for i := 0; i < len(pairs); i += 2 {
		q, r := div(pairs[i], pairs[i+1])
		println(pairs[i], "/", pairs[i+1], "=", q, "rem", r)
	}

	// The most negative value divided by -1 wraps instead of trapping.
	var m8 int8 = -128
	var n8 int8 = -1
	println("int8:", m8/n8, m8%n8)
	var m16 int16 = -32768
	var n16 int16 = -1
	println("int16:", m16/n16, m16%n16)
	var m32 int32 = -2147483648
	var n32 int32 = -1
	println("int32:", m32/n32, m32%n32)
	var m64 int64 = -9223372036854775808
	var n64 int64 = -1
	println("int64:", m64/n64, m64%n64)

	// Unsigned division uses the whole range.
	var u64 uint64 = 18446744073709551615
	println(u64/10, u64%10, u64/3)
	var u32 uint32 = 4294967295
	println(u32/7, u32%7)
	var u8 uint8 = 250
	println(u8/7, u8%7)

	// Signed narrow types.
	var a int8 = -100
	var b int8 = 7
	println(a/b, a%b)
	var c int16 = 30000
	var d int16 = -7
	println(c/d, c%d)

	// Division by powers of two of negative numbers (not a shift).
	for _, x := range []int{-1, -2, -3, -7, -8, -9} {
		println(x, "/4 =", x/4, " %4 =", x%4, " >>2 =", x>>2)
	}

	// Constants are divided exactly too.
	const big = 1000000000000000000000
	println(big/1000000000000, -7/2, -7%2)

	// Assignment operators.
	x := 1000
	x /= 7
	x %= 13
	println(x)
}
