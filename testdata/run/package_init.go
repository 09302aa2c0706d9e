// run

// Package-level variables are initialised in dependency order, then
// init functions run in source order, then main.
package main

var total = sum(values) + offset

var values = []int{first, second, third}

var first = next("first")
var second = next("second")
var third = next("third")

var offset = 1000

var counter int

var names [3]string

func next(name string) int {
	counter++
	println("initialising", name, "as", counter)
	return counter * 10
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var a, b = pair()

func pair() (int, string) {
	println("pair called")
	return 42, "forty-two"
}

func init() {
	println("init 1: total =", total)
	names[0] = "zero"
}

func init() {
	println("init 2: a =", a, "b =", b)
	names[1] = "one"
}

func main() {
	names[2] = "two"
	println("main:", names[0], names[1], names[2], counter)
}
