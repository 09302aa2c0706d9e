// run

// Converting a short slice to a longer array panics.
package main

func main() {
	s := []int{1, 2, 3}
	a := [3]int(s)
	println(a[2])
	b := [4]int(s)
	println(b[3])
}
