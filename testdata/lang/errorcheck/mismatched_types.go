// errorcheck

// Binary operations on operands of different types.
package main

type Celsius float64
type Fahrenheit float64

func main() {
	a, b := 1, "s"
	println(a + b) // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	var i32 int32 = 1
	var i64 int64 = 2
	println(i32 == i64) // ERROR "invalid operation: i32 == i64 \(mismatched types int32 and int64\)"
	var c Celsius = 1
	var f Fahrenheit = 2
	println(c < f) // ERROR "invalid operation: c < f \(mismatched types Celsius and Fahrenheit\)"
	x := 1.5
	println(a * x) // ERROR "invalid operation: a \* x \(mismatched types int and float64\)"
	var u uint = 3
	println(a - u) // ERROR "invalid operation: a - u \(mismatched types int and uint\)"
	var s string = a // ERROR "cannot use a \(variable of type int\) as string value in variable declaration"
	var n int = "x" // ERROR "cannot use .x. \(untyped string constant\) as int value in variable declaration"
	println(s, n)
}
