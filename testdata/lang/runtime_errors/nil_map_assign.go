// run

// assignment to entry in nil map.
package main

func main() {
	var m map[int]string
	m[1] = "x"
}
