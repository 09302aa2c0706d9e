// run

// Evaluating a method value of a nil pointer with a value receiver panics at evaluation.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	println("before")
	f := p.Get
	println("after")
	_ = f
}
