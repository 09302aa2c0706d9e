// run

// Conversions of constants: exact representation required, floats rounded.
package main

type Byte uint8

func main() {
	const big = 255
	var b Byte = big
	println(b, Byte(big-1))
	println(float32(0.1), float64(float32(0.1)) == 0.1)
	println(int64(1e18), uint64(1<<63))
	const f = 2.0
	var i int = f
	println(i, int8(-128), uint16(65535))
	println(string(rune(0x263a)), string(rune('a'+1)))
	const c = complex(1, 2)
	println(real(c), imag(c), c)
}
