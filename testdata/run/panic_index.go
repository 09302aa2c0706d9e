// run

// Indexing a slice out of range panics with exit status 2 after the
// output printed so far.
package main

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	for i := 0; i < 5; i++ {
		println("s[", i, "] =", get(s, i))
	}
	println("not reached")
}
