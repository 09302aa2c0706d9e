// run

// Self-referential constraints (F-bounded) for generic min/sort.
package main

type Lesser[T any] interface{ Less(T) bool }

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Name string

func (a Name) Less(b Name) bool { return len(a) < len(b) || (len(a) == len(b) && a < b) }

func SortBy[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func main() {
	ages := []Age{30, 5, 18, 77, 1}
	SortBy(ages)
	for _, a := range ages {
		print(a, " ")
	}
	println()
	names := []Name{"bob", "al", "christine", "dan", "ed"}
	SortBy(names)
	for _, n := range names {
		print(n, " ")
	}
	println()
	println(MinOf[Age](3, 2, 9), MinOf(Name("zz"), Name("b")))
}
