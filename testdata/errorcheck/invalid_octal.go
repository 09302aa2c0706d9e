// errorcheck

package main

func main() {
	x := 0o19 // ERROR "invalid digit '9' in octal literal"
	y := 0x // ERROR "hexadecimal literal has no digits"
	println(x, y)
}
