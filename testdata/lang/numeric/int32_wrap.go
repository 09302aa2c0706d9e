// run

// int32/uint32 wraparound and mixed widths via conversion.
package main

func main() {
	var a int32 = 2147483647
	a++
	println(a)
	var b int32 = -2147483648
	println(-b, b-1)
	var u uint32 = 4294967295
	u++
	println(u)
	var m uint32 = 0xdeadbeef
	println(m*m, m+m, m<<4, m>>4)
	var h int32 = 1 << 30
	println(h*4, h*2, h*3)
	println(int64(a)*int64(a))
}
