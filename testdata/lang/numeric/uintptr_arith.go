// run

// uintptr arithmetic is plain unsigned integer arithmetic.
package main

func main() {
	var p uintptr = 100
	p += 28
	println(p, p*2, p>>2, p-200 > p)
	var q uintptr = 0
	q--
	println(q > 0)
}
