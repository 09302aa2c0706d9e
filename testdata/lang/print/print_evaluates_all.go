// run

// All println operands are evaluated before anything is printed.
package main

func side(s string) string {
	println("evaluating", s)
	return s
}

func main() {
	println(side("a"), side("b"))
	print(side("c"), side("d"), "\n")
}
