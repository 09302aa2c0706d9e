// run

// A negative map size hint computed at run time is ignored (no panic).
package main

func main() {
	n := -1
	m := make(map[int]int, n)
	println(len(m))
}
