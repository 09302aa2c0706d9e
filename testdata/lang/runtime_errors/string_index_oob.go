// run

// Indexing a string out of range.
package main

func main() {
	s := "héllo"
	i := len(s)
	println(s[i])
}
