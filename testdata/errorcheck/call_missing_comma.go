// errorcheck

package main

func f(a, b int) int { return a + b }

func main() {
	println(f(1 2)) // ERROR "syntax error: unexpected literal 2 in argument list; possibly missing comma or \)"
}
