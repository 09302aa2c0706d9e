// errorcheck

// Local variables that are declared but never used.
package main

func two() (int, int) { return 1, 2 }

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	a, b := two() // ERROR "declared and not used: a"
	_ = b
	if z := 3; true { // ERROR "declared and not used: z"
	}
	for i := 0; i < 3; i++ {
		k := i // ERROR "declared and not used: k"
	}
	f := func() {
		inner := 2 // ERROR "declared and not used: inner"
	}
	f()
	var used int
	println(used)
}
