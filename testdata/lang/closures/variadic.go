// run

// Variadic functions with ... spreading, empty calls and nil slices.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(prefix string, xs ...int) {
	println(prefix, len(xs), xs == nil)
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	info("none")
	info("nil", nil...)
	info("empty", []int{}...)
	info("two", 1, 2)
	f := sum
	println(f(s[:2]...))
	modify := func(xs ...int) { xs[0] = 99 }
	modify(s...)
	println(s[0])
}
