// run

// Indexing a nil slice is an index error, not a nil dereference.
package main

func main() {
	var s []int
	println(len(s))
	println(s[0])
}
