// run

// uint8 and uint16 wraparound, subtraction below zero.
package main

func main() {
	var a uint8 = 255
	a++
	println(a)
	var b uint8 = 0
	b--
	println(b)
	var c uint8 = 200
	println(c+c, c*2, c*c)
	var d uint16 = 65535
	d += 2
	println(d)
	var e uint16 = 3
	println(e - 5)
	var x byte = 'A'
	println(x+32, x-65)
}
