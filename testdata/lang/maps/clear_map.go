// run

// clear removes every entry and the map stays usable.
package main

func main() {
	m := map[string][]int{"a": {1}, "b": {2, 3}}
	n := m
	clear(m)
	println(len(m), len(n), m["a"] == nil)
	m["c"] = []int{4}
	println(len(n), n["c"][0])
}
