// run

// Typed constants used at run time wrap only in variables, not constants.
package main

const Max8 int8 = 127

func main() {
	x := Max8
	x++
	println(x)
	var y = Max8 - 1
	y += 2
	println(y)
	println(Max8 / 2, Max8 % 10)
}
