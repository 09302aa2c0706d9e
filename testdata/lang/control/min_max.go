// run

// The min and max builtins over ints, floats and strings.
package main

func main() {
	println(min(3, 1, 2), max(3, 1, 2))
	println(min(5), max(-5))
	a, b := 10, 20
	println(min(a, b), max(a, b), min(a, b, -1))
	println(min("b", "a", "c"), max("b", "a", "c"), min("", "x"))
	var u uint8 = 200
	println(max(u, 100), min(u, 255))
	println(min(1.5, 2), max(2.5, 1))
	const c = min(1, 2.5, 3)
	println(c)
}
