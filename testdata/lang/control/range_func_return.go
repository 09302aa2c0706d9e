// run

// Returning and labelled break from inside a range-over-func loop.
package main

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator cleanup", n)
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func firstOver(limit int) int {
	for v := range upto(10) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func main() {
	println(firstOver(20))
	println(firstOver(1000))
outer:
	for a := range upto(3) {
		for b := range upto(3) {
			if a*b == 4 {
				println("break outer at", a, b)
				break outer
			}
		}
	}
	println("done")
}
