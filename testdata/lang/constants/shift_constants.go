// run

// Constant shifts: untyped results, typed contexts and large shifts.
package main

const (
	One    = 1
	KB     = One << 10
	Big    = One << 100
	Back   = Big >> 98
	Signed = -1 << 3
)

func main() {
	println(KB, Back, Signed)
	var u8 uint8 = 1 << 7
	var i64 int64 = 1 << 62
	println(u8, i64)
	s := uint(3)
	var f = 1 << s
	var g int32 = 1 << s
	println(f, g)
	const h = 1.0 << 3
	println(h)
}
