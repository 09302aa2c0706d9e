// errorcheck

package main

func main() {
	var x // ERROR "syntax error: unexpected newline, expected type"
	x = 1
}
