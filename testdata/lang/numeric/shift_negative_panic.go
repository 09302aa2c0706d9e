// run

// A negative signed shift count panics at run time.
package main

func shift(x int, n int) int { return x << n }

func main() {
	println(shift(1, 3))
	n := -1
	println(shift(1, n))
	println("unreachable")
}
