// errorcheck

package main

func main() {
	x := 1
	switch x {
	case 1:
		println(1)
	cas 2: // ERROR "syntax error: unexpected literal 2 at end of statement"
		println(2)
	}
}
