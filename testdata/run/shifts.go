// run

// Shifts: every width, counts past the width, signed and unsigned counts.
package main

func shl8(x int8, n uint) int8      { return x << n }
func shr8(x int8, n uint) int8      { return x >> n }
func shlu16(x uint16, n int) uint16 { return x << n }
func shru32(x uint32, n uint8) uint32 {
	return x >> n
}
func sar64(x int64, n uint64) int64 { return x >> n }
func shl64(x uint64, n int32) uint64 {
	return x << n
}

func main() {
	for n := uint(0); n <= 9; n++ {
		println("int8 1<<", n, "=", shl8(1, n), " -128>>", n, "=", shr8(-128, n))
	}
	for n := 0; n <= 17; n += 4 {
		println("uint16 0xabcd<<", n, "=", shlu16(0xabcd, n))
	}
	for n := uint8(0); n < 40; n += 7 {
		println("uint32 0x80000001>>", n, "=", shru32(0x80000001, n))
	}
	println(sar64(-1, 1), sar64(-1, 63), sar64(-1, 64), sar64(-1, 1000))
	println(sar64(-9223372036854775808, 63), sar64(9223372036854775807, 62))
	println(shl64(1, 63), shl64(1, 64), shl64(3, 62), shl64(0xffff, 100))

	// Shifts with a huge unsigned count.
	var big uint64 = 1 << 40
	var one int = 1
	println(one<<big, -one>>big)

	// Constant shifts are exact and may exceed 64 bits in between.
	const k = 1 << 100
	println(k>>90, k>>100)
	const neg = -1 << 62
	println(neg, neg>>60)

	// An untyped constant shifted by a variable takes the context's type.
	var s uint = 3
	var i32 int32 = 1 << s
	var u8 uint8 = 1<<s + 1
	println(i32, u8)

	// Rotations built from shifts.
	var v uint32 = 0x12345678
	for r := 0; r < 32; r += 8 {
		rot := v<<r | v>>(32-r)
		println("rotl", r, "=", rot)
	}
}
