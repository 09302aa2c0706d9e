// run

// A low slice bound above the high bound panics.
package main

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	println("slicing", lo, hi)
	t := s[lo:hi]
	println(len(t))
}
