// errorcheck

// Duplicate switch cases and map literal keys.
package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch\n\t.*: previous case"
	}
	var v any = x
	switch v.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}
	m := map[string]int{
		"a": 1,
		"a": 2, // ERROR "duplicate key .a. in map literal"
	}
	arr := [3]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	type P struct{ X int }
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	println(m, arr[0])
}
