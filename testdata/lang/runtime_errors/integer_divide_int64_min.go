// run

// MinInt64 / -1 does not panic in Go; it wraps.
package main

func main() {
	var a int64 = -1 << 63
	b := int64(-1)
	println(a/b, a%b)
	var c int8 = -128
	d := int8(-1)
	println(c/d, c%d)
}
