// errorcheck

// Type arguments that do not satisfy constraints, and failed inference.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func Eq[T comparable](a, b T) bool { return a == b }

type Box[T any] struct{ v T }

func main() {
	_ = Sum("a", "b") // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	_ = Zero() // ERROR "in call to Zero, cannot infer T"
	_ = Eq([]int{}, []int{}) // ERROR "\[\]int does not satisfy comparable"
	var b Box // ERROR "cannot use generic type Box\[T any\] without instantiation"
	_ = Sum[int, int](1) // ERROR "got 2 type arguments but want 1"
	f := Zero // ERROR "cannot use generic function Zero without instantiation"
	_ = Box[int, string]{} // ERROR "too many type arguments for type Box: have 2, want 1"
	_, _ = b, f
}
