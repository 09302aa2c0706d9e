// run

// Generic type aliases (Go 1.24) and plain aliases.
package main

type Pair[A, B any] struct {
	First  A
	Second B
}

type StrPair[T any] = Pair[string, T]

type IntList = []int

type Vec[T any] = []T

func sum(v Vec[int]) int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
}

func main() {
	p := StrPair[int]{"a", 1}
	var q Pair[string, int] = p
	println(q.First, q.Second, p == q)
	var l IntList = []int{1, 2, 3}
	println(sum(l), sum(Vec[int]{4, 5}))
	type Local = map[string]int
	m := Local{"x": 1}
	var m2 map[string]int = m
	println(m2["x"])
}
