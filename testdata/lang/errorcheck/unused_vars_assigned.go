// errorcheck

// A variable that is only assigned is still unused; the error is at its declaration.
package main

func main() {
	var w int // ERROR "declared and not used: w"
	w = 5
	var m map[string]int // ERROR "declared and not used: m"
	m = nil
	switch v := any(1).(type) { // ERROR "v declared and not used"
	case int:
	}
}
