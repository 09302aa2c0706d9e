// run

// println of the extreme integer values.
package main

func main() {
	var a int64 = -1 << 63
	var b uint64 = 1<<64 - 1
	var c int8 = -128
	println(a, b, c, a+1, b-1)
	println(uint32(1<<32-1), int32(-1<<31))
}
