// run

// Package variables initialised by generic functions and generic types.
package main

type Pair[A, B any] struct {
	a A
	b B
}

func Make[A, B any](a A, b B) Pair[A, B] {
	println("Make called")
	return Pair[A, B]{a, b}
}

var p = Make("x", 1)
var q = Make(p.b, p.a)
var counts = func() map[string]int {
	m := map[string]int{}
	m[p.a] = p.b
	return m
}()

func main() {
	println(p.a, p.b, q.a, q.b, counts["x"])
}
