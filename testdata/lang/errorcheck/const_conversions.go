// errorcheck

// Constant conversions that lose information are rejected.
package main

func main() {
	println(int8(200)) // ERROR "cannot convert 200 \(untyped int constant\) to type int8|constant 200 overflows int8"
	println(uint(-1)) // ERROR "cannot convert -1 \(untyped int constant\) to type uint|constant -1 overflows uint"
	println(int(1.5)) // ERROR "cannot convert 1.5 \(untyped float constant\) to type int|constant 1.5 truncated"
	var i int = 2.5 // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	const s = "x"
	println(s + 1) // ERROR "invalid operation: s \+ 1 \(mismatched types untyped string and untyped int\)|cannot convert 1"
	println(i)
}
