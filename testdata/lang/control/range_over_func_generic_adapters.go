// run

// Generic iterator adapters: Filter, Map, Take, Zip over range-over-func sequences.
package main

type Seq[T any] func(yield func(T) bool)

func FromSlice[T any](s []T) Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Filter[T any](s Seq[T], keep func(T) bool) Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s Seq[T], f func(T) U) Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s Seq[T], n int) Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Collect[T any](s Seq[T]) []T {
	var out []T
	for v := range s {
		out = append(out, v)
	}
	return out
}

func main() {
	sq := Map(Filter(Naturals(), func(i int) bool { return i%3 == 0 }), func(i int) int { return i * i })
	for _, v := range Collect(Take(sq, 6)) {
		print(v, " ")
	}
	println()
	words := Map(FromSlice([]string{"go", "wasm", "rust", "c"}), func(s string) int { return len(s) })
	total := 0
	for n := range words {
		total += n
	}
	println(total)
	println(len(Collect(Take(Naturals(), 0))))
}
