// errorcheck

// Rules for init and main, and misuse of the blank identifier.
package main

var init = 3 // ERROR "cannot declare init - must be func"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func helper() int {
	init() // ERROR "undefined: init"
	return _ // ERROR "cannot use _ as value"
}

func main() int { // ERROR "func main must have no arguments and no return values"
	x := _ // ERROR "cannot use _ as value"
	return x
}
