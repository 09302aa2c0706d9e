// run

// Generic functions returning closures over type-parameter values.
package main

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			misses++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return misses
		}
}

func main() {
	sq, misses := Memo(func(n int) int { return n * n })
	total := 0
	for i := 0; i < 20; i++ {
		total += sq(i % 5)
	}
	println(total, misses())
	up, m2 := Memo(func(s string) int { return len(s) })
	println(up("abc"), up("abc"), up("x"), m2())
}
