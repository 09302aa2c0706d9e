// run

// Slicing a string with a bad low bound panics with the string length.
package main

func main() {
	s := "hello"
	lo := 6
	println(s[lo:])
}
