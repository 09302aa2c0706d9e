// run

// Comparing any values through comparable can still panic at run time.
package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	println(Eq[any](1, 1))
	println(Eq[any]([]int{}, []int{}))
}
