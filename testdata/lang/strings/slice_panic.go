// run

// Slicing a string past its length panics.
package main

func main() {
	s := "abcdef"
	j := 10
	println(s[2:4])
	println(s[2:j])
}
