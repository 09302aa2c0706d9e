// errorcheck

// Operators applied to operands that do not support them.
package main

type S struct{ a int }

func main() {
	n := 1
	s := "str"
	var st S
	var f float64 = 1.5
	var m map[string]int
	println(!n) // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
	println(-s) // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	println(st + st) // ERROR "invalid operation: operator \+ not defined on st \(variable of struct type S\)"
	println(f % 2) // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	println(n[0]) // ERROR "cannot index n \(variable of type int\)"
	println(f << 1) // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	println(m == m) // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	println(st < st) // ERROR "invalid operation: st < st \(operator < not defined on struct\)"
	println(len(n)) // ERROR "invalid argument: n \(variable of type int\) for built-in len"
}
