// run

// A negative map size hint at run time panics.
package main

func main() {
	n := -1
	m := make(map[int]int, n)
	println(len(m))
}
