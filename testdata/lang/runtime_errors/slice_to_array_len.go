// run

// cannot convert slice with length 2 to array or pointer to array with length 3.
package main

func main() {
	s := []int{1, 2}
	p := (*[3]int)(s)
	println(p[0])
}
