// errorcheck

// Assignments and declarations with the wrong number of values.
package main

func two() (int, int) { return 1, 2 }
func none() {}

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var d, e, f = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var g, k int
	g, k = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	h := none() // ERROR "none\(\) \(no value\) used as value"
	println(a, b, c, d, e, f, g, h, k)
}
