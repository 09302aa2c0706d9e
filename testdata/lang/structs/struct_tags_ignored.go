// run

// Struct tags do not affect conversion or comparison at run time.
package main

type A struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

type B struct {
	Name string
	Age  int
}

func main() {
	a := A{"x", 3}
	b := B(a)
	println(b.Name, b.Age)
	c := A(b)
	println(c == a)
}
