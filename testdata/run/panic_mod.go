// run

// Integer modulo by zero panics too, at narrow widths as well.
package main

func main() {
	var a uint8 = 200
	var b uint8 = 3
	for b < 100 {
		println(a % b)
		b -= 1
	}
}
