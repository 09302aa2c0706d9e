// run

// Arithmetic right shift of negative values and division by powers of two differ.
package main

func main() {
	for _, v := range []int{-1, -2, -3, -7, -8, 7, 8} {
		println(v, v>>1, v/2, v>>2, v/4, v&3, v%4)
	}
	var i8 int8 = -128
	println(i8>>1, i8>>7, i8/2)
}
