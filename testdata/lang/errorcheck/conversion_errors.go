// errorcheck

// Conversions between incompatible types.
package main

type A struct{ x int }
type B struct{ y int }

func main() {
	a := A{1}
	_ = B(a) // ERROR "cannot convert a \(variable of struct type A\) to type B"
	s := "str"
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	var f float64 = 1
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	var p *int
	_ = uintptr(p) // ERROR "cannot convert p \(variable of type \*int\) to type uintptr"
	_ = []byte(5) // ERROR "cannot convert 5 \(untyped int constant\) to type \[\]byte"
	var i any = 1
	_ = int(i) // ERROR "cannot convert i \(variable of interface type any\) to type int: need type assertion"
}
