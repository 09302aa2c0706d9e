// run

// Assertion failure between two named types, with main. qualifiers.
package main

type A int
type B int

func main() {
	var x any = A(1)
	_ = x.(A)
	println("ok")
	_ = x.(B)
}
