// run

// Switch cases are evaluated top to bottom, left to right, until a match.
package main

func v(n int) int {
	print("eval", n, " ")
	return n
}

func main() {
	switch v(3) {
	case v(1), v(2):
		println("no")
	case v(3), v(4):
		println("match")
	case v(5):
		println("no")
	}
	switch {
	case v(0) > 0:
	case v(7) > 0:
		println("seven")
	}
}
