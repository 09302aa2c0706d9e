// run

// Indexing past the end of a string panics.
package main

func main() {
	s := "abc"
	i := 5
	println(s[1])
	println(s[i])
}
