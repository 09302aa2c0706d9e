// run

// ++, -- and op-assignment on every integer kind.
package main

func main() {
	var a int8 = 1
	var b int16 = 1
	var c int32 = 1
	var d int64 = 1
	var e uint = 1
	var f uintptr = 1
	for i := 0; i < 5; i++ {
		a *= 3
		b *= 7
		c *= 31
		d *= 1000
		e <<= 13
		f += 1 << 20
	}
	println(a, b, c, d, e, f)
	a -= 100
	b /= 3
	c %= 1000
	d >>= 7
	e |= 1
	f ^= 0xff
	println(a, b, c, d, e, f)
}
