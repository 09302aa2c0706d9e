// run

// Writing to a nil map panics.
package main

func main() {
	var m map[string]int
	println(len(m))
	m["a"] = 1
	println("unreachable")
}
