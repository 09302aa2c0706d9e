// run

// iota in complex expressions and implicit repetition of typed lists.
package main

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota + 100
	g, h
)

const (
	Mon = iota + 1
	Tue
	Wed
	weekend = "sat,sun"
	Thu     = iota + 1
)

func main() {
	println(KB, MB, GB)
	println(a, b, d, e, f, g, h)
	println(Mon, Tue, Wed, weekend, Thu)
}
