// run

// Package variables initialise in dependency order, not source order.
package main

var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d = f("d", 3)

func f(name string, v int) int {
	println("init", name)
	return v
}

func main() {
	println(a, b, c, d)
}
