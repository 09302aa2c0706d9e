// run

// Typed and untyped constants, default types and conversions.
package main

type Meters float64
type Count int

const Distance Meters = 5.5
const Many Count = 1000
const Any = 42
const Str = "hello"
const R = 'R'
const B = true

func main() {
	var m Meters = Any
	var c Count = Any
	var f float32 = Any
	var cx complex128 = Any
	println(m+Distance, c+Many, f, cx)
	x := Any
	y := Any * 1.5
	z := R
	w := Any + 0i
	println(x, y, z, w)
	var s string = Str
	type MyStr string
	var ms MyStr = Str
	println(s, ms, len(Str), Str[1])
	println(B && !B, !B)
	const rs = R + 1
	println(string(rune(rs)))
}
