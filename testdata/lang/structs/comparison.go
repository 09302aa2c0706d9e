// run

// Structs compare field by field, including nested arrays and strings.
package main

type Inner struct {
	A [2]int
	S string
}

type Outer struct {
	In  Inner
	F   float64
	B   bool
	Ptr *int
}

func main() {
	x := 1
	a := Outer{Inner{[2]int{1, 2}, "s"}, 1.5, true, &x}
	b := a
	println(a == b)
	b.In.A[1] = 3
	println(a == b, a != b)
	b = a
	b.In.S = "t"
	println(a == b)
	y := 1
	b = a
	b.Ptr = &y
	println(a == b)
	var zero float64
	c := Outer{F: zero / zero}
	println(c == c)
	println(struct{}{} == struct{}{})
}
