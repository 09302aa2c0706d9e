// run

// slice bounds out of range [:7] with capacity 4.
package main

func main() {
	s := make([]int, 2, 4)
	n := 7
	println(len(s[:n]))
}
