// run

// println of float32 and float64 at the edges of their range.
package main

func main() {
	println(float32(3.4028234663852886e38), float32(1.17549435e-38), float32(1.4e-45))
	println(1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324)
	println(float32(16777216), float32(16777217), float64(9007199254740993))
	println(0.1+0.2, 100.0/3)
}
