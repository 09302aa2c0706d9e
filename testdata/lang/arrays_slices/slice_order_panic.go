// run

// A slice expression with low > high panics.
package main

func main() {
	s := []int{1, 2, 3, 4, 5}
	lo, hi := 3, 2
	println(len(s[1:lo]))
	println(len(s[lo:hi]))
}
