// run

// make with a negative or huge length panics.
package main

func main() {
	n := 3
	s := make([]int, n)
	println(len(s))
	n = -1
	s = make([]int, n)
	println(len(s))
}
