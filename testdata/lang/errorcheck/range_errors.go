// errorcheck

// Range over things that cannot be ranged and too many iteration variables.
package main

func main() {
	x := 3.5
	for range x { // ERROR "cannot range over x \(variable of type float64\)"
	}
	for i, v := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, v
	}
	f := func(yield func(int) bool) {}
	for a, b := range f { // ERROR "range over f \(variable of type func\(yield func\(int\) bool\)\) permits only one iteration variable"
		_, _ = a, b
	}
}
