// errorcheck

package main

func main() {
	x := 1
	println(x + y) // ERROR "undefined: y"
	undefinedFunc(x) // ERROR "undefined: undefinedFunc"
}
