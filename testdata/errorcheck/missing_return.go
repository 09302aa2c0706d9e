// errorcheck

package main

func sign(x int) int {
	if x < 0 {
		return -1
	} else if x > 0 {
		return 1
	}
} // ERROR "missing return"

func main() {
	println(sign(2))
}
