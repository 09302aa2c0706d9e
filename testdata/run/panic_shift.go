// run

// Shifting by a negative signed amount panics.
package main

func shift(x int, n int) int { return x << n }

func main() {
	println(shift(1, 10))
	println(shift(1, -1))
}
