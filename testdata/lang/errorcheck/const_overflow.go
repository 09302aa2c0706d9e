// errorcheck

// Typed constants that do not fit, constant arithmetic overflow, division by zero.
package main

const Big = 1 << 40

func main() {
	var a int8
	a = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	var b uint8 = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var c int32 = Big // ERROR "cannot use Big \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	const d int8 = 100 * 2 // ERROR "cannot use 100 \* 2 \(untyped int constant 200\) as int8 value in constant declaration \(overflows\)"
	const e int16 = 1000
	const f = e * 100 // ERROR "e \* 100 \(constant 100000 of type int16\) overflows int16"
	x := 10 / 0 // ERROR "invalid operation: division by zero"
	y := 10.0 / 0 // ERROR "invalid operation: division by zero"
	z := 7 % 0 // ERROR "invalid operation: division by zero"
	println(a, b, c, d, f, x, y, z)
}
