// run

// Calling a method of a nil embedded interface panics.
package main

type Speaker interface{ Speak() string }

type Loud struct {
	Speaker
}

func main() {
	var l Loud
	println(l.Speaker == nil)
	println(l.Speak())
}
