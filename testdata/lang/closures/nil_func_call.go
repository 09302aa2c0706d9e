// run

// Calling a nil function value panics with a nil dereference.
package main

func main() {
	var f func(int) int
	println("calling")
	println(f(1))
}
