// run

// Blank fields take space but cannot be accessed; literals must be keyed.
package main

type Padded struct {
	A int
	_ int
	B int
	_ [2]byte
}

func main() {
	p := Padded{A: 1, B: 2}
	q := Padded{A: 1, B: 2}
	println(p.A, p.B, p == q)
}
