// run

// int8 arithmetic wraps around on overflow.
package main

func main() {
	var a int8 = 127
	a++
	println(a)
	var b int8 = -128
	b--
	println(b)
	var c int8 = 100
	println(c+c, c*3, -c-c)
	var m int8 = -128
	println(-m, m/-1, m*-1)
	for i := int8(120); i > 0; i += 3 {
		println("i", i)
	}
}
