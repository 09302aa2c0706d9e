// run

// For strings, the bound is checked against the length.
package main

func main() {
	s := "abc"
	n := 4
	println(s[:n])
}
