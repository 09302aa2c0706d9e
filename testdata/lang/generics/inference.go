// run

// Type inference from arguments, return use and partial instantiation.
package main

func Convert[To, From interface{ ~int | ~float64 | ~int32 }](f From) To { return To(f) }

func First[S ~[]E, E any](s S) E { return s[0] }

func Apply[T any, R any](v T, f func(T) R) R { return f(v) }

type Names []string

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	println(Convert[int](3.9), Convert[float64](int32(7)))
	var ns Names = Names{"x", "y"}
	println(First(ns), First([]int{4, 5}))
	println(Apply(3, func(i int) string { return "n=" + string(rune('0'+i)) }))
	println(Keys(map[string]bool{"a": true, "b": false}))
	var f func([]float64) float64 = First[[]float64]
	println(f([]float64{2.5}))
}
