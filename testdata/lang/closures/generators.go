// run

// Closures as generators and state machines.
package main

func gen(start, step int) func() int {
	cur := start - step
	return func() int {
		cur += step
		return cur
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func take(n int, f func() int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = f()
	}
	return out
}

func main() {
	for _, v := range take(5, gen(10, 3)) {
		print(v, " ")
	}
	println()
	for _, v := range take(12, fibGen()) {
		print(v, " ")
	}
	println()
}
