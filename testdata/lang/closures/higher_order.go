// run

// Functions taking and returning functions: map, filter, reduce, compose.
package main

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	println(len(ev), reduce(ev, 0, func(a, b int) int { return a + b }))
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	println(h(4))
	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(x int) int { return x + i*100 }
	}
	println(compose(adders...)(1))
}
