// run

// Closures capture variables, not values.
package main

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	inc, reset := counter()
	println(inc(), inc(), inc())
	reset()
	println(inc())
	inc2, _ := counter()
	println(inc2(), inc())
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	println(x)
}
