// run

// Comparing structs whose interface fields hold slices panics.
package main

type Box struct {
	Name string
	V    any
}

func main() {
	a := Box{"a", 1}
	b := Box{"a", 1}
	println(a == b)
	c := Box{"c", []int{1}}
	d := Box{"c", []int{1}}
	println(c == d)
}
