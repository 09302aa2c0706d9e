// run

// Reading, ranging and deleting on a nil map is fine.
package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["a"])
	v, ok := m["b"]
	println(v, ok)
	for k := range m {
		println("never", k)
	}
	delete(m, "a")
	clear(m)
	println("done")
}
