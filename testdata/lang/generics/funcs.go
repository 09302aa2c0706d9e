// run

// Generic functions with inference: Map, Filter, Reduce, Max.
package main

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	strs := Map(xs, func(i int) string { return string(rune('a' + i)) })
	for _, s := range strs {
		print(s)
	}
	println()
	evens := Filter(xs, func(i int) bool { return i%2 == 0 })
	println(len(evens), evens[0], evens[1])
	println(Reduce(xs, "", func(a string, i int) string { return a + string(rune('0'+i)) }))
	println(Sum(xs), Sum([]float64{0.5, 0.25}), Sum([]int8{100, 27}))
	type MyInt int
	println(Sum([]MyInt{1, 2, 3}))
}
