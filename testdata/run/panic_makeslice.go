// run

// make with a negative length computed at run time panics.
package main

func main() {
	n := 4
	s := make([]int, n)
	println(len(s))
	n -= 10
	s = make([]int, n)
	println(len(s))
}
