// run

// Slicing beyond the capacity panics.
package main

func window(s []byte, n int) []byte { return s[1:n] }

func main() {
	b := make([]byte, 2, 3)
	println(len(window(b, 3)))
	println(len(window(b, 5)))
}
