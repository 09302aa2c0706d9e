package main

const MinInt64 = -1 << 63

func divs(a, b int64) (int64, int64) { return a / b, a % b }
func div32(a, b int32) (int32, int32) { return a / b, a % b }
func div8(a, b int8) (int8, int8)     { return a / b, a % b }
func divu(a, b uint8) (uint8, uint8)  { return a / b, a % b }

func shifts(x int8, y uint16, z int64, u uint64, s uint, t int) {
	println(x<<s, x>>s, y<<s, y>>s, z<<s, z>>s, u<<s, u>>s)
	println(x<<t, x>>t, z>>t, u>>t)
}

func main() {
	var a int64 = MinInt64
	var m1 int64 = -1
	{q, r := divs(a, m1); println(q, r)}
	{q, r := divs(7, -2); println(q, r)}
	{q, r := divs(-7, 2); println(q, r)}
	var b int32 = -1 << 31
	{q, r := div32(b, -1); println(q, r)}
	{q, r := div8(-128, -1); println(q, r)}
	{q, r := divu(250, 7); println(q, r)}
	var i8 int8 = 127
	i8++
	println(i8)
	var u8 uint8 = 0
	u8--
	println(u8)
	var u16 uint16 = 65535
	u16 += 2
	println(u16, u16*40000)
	var i16 int16 = 32767
	i16 *= 3
	println(i16, -i16, ^i16)
	var u32 uint32 = 0xffffffff
	println(u32+1, u32*u32, ^u32, u32>>31)
	var x uint64 = 1<<64 - 1
	println(x, x+1, x/3, int64(x))
	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 200} {
		shifts(-100, 0xabcd, -12345678901, 0xfedcba9876543210, s, int(s))
	}
	v300, v7, v40 := 300, 70000, int64(1<<40+5)
	println(int8(v300), uint8(v300), int16(v7), uint32(v40), int32(v40<<33>>1), uint16(v7))
	var f float64 = 3.75
	println(int(f), int8(f*10), uint8(f*50))
	h := 0
	for i := 1; i <= 100; i++ {
		h = h*31 + i ^ (h >> 3)
	}
	println(h)
	println(7&^5, 0x0f|0xf0, 6^3, -7&3)
}
