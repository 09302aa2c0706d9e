// run

// Multiplication overflow wraps in every integer width.
package main

func main() {
	var a int16 = 300
	println(a * a)
	var b uint16 = 300
	println(b * b)
	var c int32 = 100000
	println(c * c)
	var d int64 = 1 << 40
	println(d * d, d*(1<<23))
	var e uint64 = 0xffffffffffffffff
	println(e * e, e*2)
	var f int = 3037000500
	println(f * f)
}
