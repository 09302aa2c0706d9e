// run

// Three-index slice with high > max.
package main

func main() {
	s := make([]int, 3, 5)
	h, m := 4, 3
	println(len(s[1:h:m]))
}
