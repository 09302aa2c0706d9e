// errorcheck

package main

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	z, w := 2, 3 // ERROR "declared and not used: w"
	println(z)
}
