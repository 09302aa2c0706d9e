// run

// makeslice: cap out of range.
package main

func main() {
	n, c := 5, 3
	_ = make([]int, n, c)
}
