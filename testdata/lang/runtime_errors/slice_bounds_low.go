// run

// slice bounds out of range [3:2].
package main

func main() {
	s := []int{1, 2, 3}
	lo, hi := 3, 2
	println(len(s[lo:hi]))
}
