// run

// negative shift amount.
package main

func main() {
	x := 1
	s := -5
	println(x >> s)
}
