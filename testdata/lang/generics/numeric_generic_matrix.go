// run

// A generic numeric vector type with methods and conversions.
package main

type Num interface{ ~int | ~float64 | ~complex128 }

type Vec[T Num] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func main() {
	a := Vec[int]{1, 2, 3}
	println(a.Dot(a), a.Scale(2).Dot(a))
	f := Vec[float64]{0.5, 1.5}
	println(f.Dot(f))
	c := Vec[complex128]{1i, 1}
	println(c.Dot(c), c.Scale(2i)[1])
}
