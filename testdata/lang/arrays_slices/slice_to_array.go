// run

// Converting slices to arrays and array pointers (Go 1.20).
package main

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	println(s[0], a[0])
	p := (*[2]int)(s)
	p[1] = 200
	println(s[1])
	q := (*[0]int)(s)
	println(q != nil)
	var nilS []int
	r := (*[0]int)(nilS)
	println(r == nil)
	b := [3]int(s[1:])
	println(b[0], b[1], b[2])
}
