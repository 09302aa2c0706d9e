// run

// println of every basic kind, with spaces between operands and a newline.
package main

type MyInt int
type MyStr string

func main() {
	println(true, false)
	println(int8(-8), int16(-16), int32(-32), int64(-64), -1)
	println(uint8(8), uint16(16), uint32(32), uint64(64), uint(1), uintptr(7))
	println(float32(1.25), 2.5, -0.0, 1e21)
	println(complex64(1+2i), complex(-1.5, 0.5))
	println("str", "", "with space")
	println('x', byte('y'))
	println(MyInt(3), MyStr("named"))
	println()
	var np *int
	println(np == nil)
}
