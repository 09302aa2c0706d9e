// run

// A constraint requiring a pointer method, used to construct values generically.
package main

type Resetter[T any] interface {
	*T
	Reset()
}

type Counter struct{ n int }

func (c *Counter) Reset() { c.n = 100 }

type Name struct{ s string }

func (n *Name) Reset() { n.s = "reset" }

func Fresh[T any, PT Resetter[T]]() T {
	var v T
	PT(&v).Reset()
	return v
}

func main() {
	c := Fresh[Counter]()
	n := Fresh[Name]()
	println(c.n, n.s)
}
