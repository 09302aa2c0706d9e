// run

// A struct key containing an uncomparable interface value panics.
package main

type K struct {
	name string
	v    any
}

func main() {
	m := map[K]int{}
	m[K{"a", 1}] = 1
	println(len(m))
	m[K{"b", map[int]int{}}] = 2
	println("unreachable")
}
