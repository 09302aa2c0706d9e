// run

// Ambiguous promoted fields at the same depth are allowed if not used.
package main

type A struct{ X, OnlyA int }
type B struct{ X, OnlyB int }

type C struct {
	A
	B
}

type D struct {
	C
	X int
}

func main() {
	var c C
	c.OnlyA = 1
	c.OnlyB = 2
	c.A.X = 3
	c.B.X = 4
	println(c.OnlyA, c.OnlyB, c.A.X, c.B.X)
	d := D{c, 5}
	println(d.X, d.A.X, d.C.B.X, d.OnlyB)
}
