// run

// Converting between interface types keeps the dynamic value.
package main

type A interface{ M() int }
type B interface {
	M() int
	N() int
}
type T int

func (t T) M() int { return int(t) }
func (t T) N() int { return int(t) * 2 }

func main() {
	var b B = T(5)
	var a A = b
	var e any = a
	println(a.M(), e.(B).N(), e.(T))
	a2, ok := e.(A)
	println(ok, a2.M())
	println(a == e, e == b)
}
