// run

// math/bits compiled from GOROOT.
package main

import "math/bits"

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, 0xffffffffffffffff, 0x0123456789abcdef}
	for _, x := range xs {
		println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x))
		println(" ", bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 13), bits.RotateLeft64(x, -7))
		x32 := uint32(x)
		println(" ", bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Len32(x32), bits.Reverse32(x32), bits.ReverseBytes32(x32), bits.RotateLeft32(x32, 5))
		x16 := uint16(x)
		x8 := uint8(x)
		println(" ", bits.LeadingZeros16(x16), bits.Len16(x16), bits.OnesCount16(x16), bits.Reverse16(x16), bits.ReverseBytes16(x16), bits.RotateLeft16(x16, 3))
		println(" ", bits.LeadingZeros8(x8), bits.Len8(x8), bits.OnesCount8(x8), bits.Reverse8(x8), bits.RotateLeft8(x8, 3), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16))
		println(" ", bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)), bits.Reverse(uint(x)), bits.RotateLeft(uint(x), 9))
	}
	s, c := bits.Add64(0xffffffffffffffff, 1, 0)
	println(s, c)
	s, c = bits.Add64(5, 6, 1)
	println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	println(d, b)
	hi, lo := bits.Mul64(0xffffffffffffffff, 0xffffffffffffffff)
	println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	println(q, r)
	println(bits.Rem64(5, 7, 11))
	s32, c32 := bits.Add32(0xffffffff, 2, 0)
	println(s32, c32)
	h32, l32 := bits.Mul32(0xfffffff0, 0x12345)
	println(h32, l32)
	q32, r32 := bits.Div32(3, 5, 7)
	println(q32, r32)
	hu, lu := bits.Mul(1<<40, 1<<40)
	println(hu, lu, bits.UintSize)
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	bits.Div64(5, 0, 3)
}
