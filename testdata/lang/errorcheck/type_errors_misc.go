// errorcheck

// Miscellaneous typing errors: using types as values, values as types, nil misuse.
package main

type T int

func main() {
	_ = T // ERROR "T \(type\) is not an expression"
	var v int
	var w v // ERROR "v \(local variable\) is not a type"
	x := nil // ERROR "use of untyped nil in assignment"
	var p *int = 0 // ERROR "cannot use 0 \(untyped int constant\) as \*int value in variable declaration"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	_, _, _, _ = w, x, p, i
}
