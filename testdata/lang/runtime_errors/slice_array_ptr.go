// run

// Slicing an array pointer past its length.
package main

func main() {
	a := &[3]int{1, 2, 3}
	n := 4
	println(len(a[n:]))
}
