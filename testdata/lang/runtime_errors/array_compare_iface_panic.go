// run

// Comparing arrays of interfaces panics at the first uncomparable element.
package main

func main() {
	x := [3]any{1, "s", 2.5}
	y := [3]any{1, "s", 2.5}
	println(x == y)
	x[1] = map[int]int{}
	y[1] = map[int]int{}
	println(x == y)
}
