// run

// Integer division by zero panics.
package main

func average(total, count int) int { return total / count }

func main() {
	println(average(10, 3))
	println(average(-10, 3))
	println(average(5, 0))
}
