// run

// Asserting on a nil interface panics.
package main

func main() {
	var x any
	defer func() { println("deferred") }()
	println(x.(int))
}
