// run

// Range-over-func iterators (Go 1.23): Seq, Seq2, early break.
package main

type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  stopped at", i)
				return
			}
		}
	}
}

func pairs(s []string) Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	for i := range count(4) {
		print(i, " ")
	}
	println()
	for i := range count(100) {
		if i == 3 {
			break
		}
		print(i, " ")
	}
	println()
	for i, s := range pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		println(i, s)
	}
	total := 0
	for range count(5) {
		total++
	}
	println(total)
}
