// run

// Reslicing beyond capacity panics.
package main

func main() {
	s := make([]int, 2, 4)
	n := 7
	t := s[:4]
	println(len(t))
	t = s[:n]
	println(len(t))
}
