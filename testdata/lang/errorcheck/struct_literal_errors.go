// errorcheck

// Struct literal mistakes.
package main

type P struct {
	X, Y int
	name string
}

func main() {
	_ = P{1, 2} // ERROR "too few values in struct literal of type P"
	_ = P{1, 2, "a", 4} // ERROR "too many values in struct literal of type P"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{Z: 1} // ERROR "unknown field Z in struct literal of type P"
	_ = P{X: "s"} // ERROR "cannot use .s. \(untyped string constant\) as int value in struct literal"
	_ = []int{1, "two"} // ERROR "cannot use .two. \(untyped string constant\) as int value in array or slice literal"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)|array index 2 out of bounds \[0:2\]"
}
