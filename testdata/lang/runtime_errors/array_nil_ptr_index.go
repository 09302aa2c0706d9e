// run

// Indexing through a nil array pointer is a nil dereference.
package main

func main() {
	var p *[4]int
	println(len(p))
	println(p[1])
}
