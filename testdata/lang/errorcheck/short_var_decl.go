// errorcheck

// Misuse of := : no new variables, and := outside functions (checked separately).
package main

func two() (int, int) { return 1, 2 }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	a, b := two()
	a, b := two() // ERROR "no new variables on left side of :="
	var c int
	c := 3 // ERROR "no new variables on left side of :="
	println(a, b, c)
}
