// run

// Calling a value-receiver method through a nil pointer panics.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	defer func() { println("deferred runs") }()
	println(p.Get())
}
