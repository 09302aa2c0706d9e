// errorcheck

// Assignments to things that cannot be assigned.
package main

type P struct{ x int }

func get() P { return P{} }

const C = 1

func main() {
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[.a.\].x in map"
	get().x = 2 // ERROR "cannot assign to get\(\).x \(neither addressable nor a map index expression\)"
	C = 2 // ERROR "cannot assign to C \(neither addressable nor a map index expression\)|cannot assign to C \(constant 1 of type untyped int\)"
	println(s)
}
