// run

// Integer remainder by zero panics too (uint8 operands).
package main

func mod(a, b uint8) uint8 { return a % b }

func main() {
	println(mod(10, 3))
	var z uint8
	println(mod(10, z))
}
