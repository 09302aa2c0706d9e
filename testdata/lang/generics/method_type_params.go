// run

// Methods with their own type parameters (generic methods, Go 1.27).
package main

type List[T any] []T

func (l List[T]) Map[U any](f func(T) U) List[U] {
	out := make(List[U], 0, len(l))
	for _, v := range l {
		out = append(out, f(v))
	}
	return out
}

func (l List[T]) Fold[A any](init A, f func(A, T) A) A {
	acc := init
	for _, v := range l {
		acc = f(acc, v)
	}
	return acc
}

type Conv struct{ scale int }

func (c Conv) Apply[T ~int | ~int64](v T) T { return v * T(c.scale) }

func main() {
	l := List[int]{1, 2, 3}
	s := l.Map(func(i int) string { return string(rune('a' + i)) })
	println(len(s), s[0], s[2])
	println(l.Fold(0, func(a, v int) int { return a + v }))
	println(s.Fold("", func(a string, v string) string { return a + v }))
	c := Conv{10}
	println(c.Apply(4), c.Apply[int64](5))
}
