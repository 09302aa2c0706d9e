// run

// Index errors on slices report the current length after reslicing.
package main

func main() {
	s := make([]int, 5, 10)
	s = s[:2]
	i := 3
	println(cap(s))
	s[i] = 1
}
