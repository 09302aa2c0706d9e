// run

// Ranging with values over a nil array pointer panics.
package main

func main() {
	var p *[3]int
	for i := range p {
		print(i, " ")
	}
	println()
	for _, v := range p {
		println(v)
	}
}
