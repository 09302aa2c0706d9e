// run

// Three-index slice with max beyond capacity.
package main

func main() {
	s := make([]int, 3, 5)
	m := 6
	println(len(s[1:2:m]))
}
