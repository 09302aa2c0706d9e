// run

// Integer division truncates toward zero; remainder takes the dividend's sign.
package main

func main() {
	xs := []int{7, -7, 7, -7, 0, 1, -1}
	ys := []int{2, 2, -2, -2, 3, 5, 5}
	for i := range xs {
		println(xs[i], "/", ys[i], "=", xs[i]/ys[i], "rem", xs[i]%ys[i])
	}
	var a int8 = -7
	var b int8 = 2
	println(a/b, a%b)
	var u uint8 = 250
	println(u/7, u%7)
	var big uint64 = 18446744073709551615
	println(big/10, big%10)
}
