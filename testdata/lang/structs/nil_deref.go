// run

// Dereferencing a nil struct pointer panics.
package main

type T struct{ a, b int }

func main() {
	t := &T{1, 2}
	println(t.b)
	t = nil
	println(t.b)
}
