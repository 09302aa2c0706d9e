// errorcheck

package main

var x int =

func main() { // ERROR "syntax error: unexpected name main, expected \("
	println(x)
} // ERROR "syntax error: non-declaration statement outside function body"
