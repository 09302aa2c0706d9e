// run

// nil slices and empty slices behave alike except comparison with nil.
package main

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	println(a == nil, b == nil, c == nil)
	println(len(a), cap(a), len(b), len(c))
	for range a {
		println("never")
	}
	a = append(a, 1)
	println(a != nil, len(a))
	d := b[:0]
	println(d == nil)
	var e []int = nil
	e = e[:0]
	println(e == nil)
	f := a[:0]
	println(f == nil, cap(f) > 0)
}
