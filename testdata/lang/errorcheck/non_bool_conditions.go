// errorcheck

// Conditions of if and for statements must be boolean.
package main

func main() {
	n := 1
	s := "x"
	if n { // ERROR "non-boolean condition in if statement"
	}
	for n { // ERROR "non-boolean condition in for statement"
	}
	if s { // ERROR "non-boolean condition in if statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	println(n && true) // ERROR "invalid operation: n && true \(mismatched types int and untyped bool\)"
	var b bool = n // ERROR "cannot use n \(variable of type int\) as bool value in variable declaration"
	println(b)
}
