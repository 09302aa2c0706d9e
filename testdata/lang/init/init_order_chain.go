// run

// A long chain of package variable dependencies initialised in order.
package main

var (
	e = d + 1
	d = c * 2
	c = b + a
	b = a * 10
	a = trace("a", 1)
	z = trace("z", 0)
)

func trace(name string, v int) int {
	println("init", name)
	return v
}

func main() {
	println(a, b, c, d, e, z)
}
