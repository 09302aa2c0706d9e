// run

// println with a multi-value call as its only argument.
package main

func two() (int, string) { return 7, "seven" }
func three() (bool, float64, int8) { return true, 0.5, -3 }

func main() {
	println(two())
	println(three())
	print(two())
	print("\n")
}
