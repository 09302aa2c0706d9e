// run

// Initialisation follows references through function bodies and methods.
package main

type T struct{}

func (T) value() int { return base * 2 }

var derived = T{}.value()
var viaFunc = helper()
var base = seed()

func helper() int { return derived + 1 }

func seed() int {
	println("seed")
	return 21
}

func main() {
	println(base, derived, viaFunc)
}
