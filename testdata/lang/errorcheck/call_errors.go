// errorcheck

// Calling non-functions and misusing builtins.
package main

func f() {}

func main() {
	x := 5
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
	var s []int
	_ = append(s, "a") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to append"
	_ = copy(s, 3) // ERROR "invalid copy: argument must be a slice; have 3 \(untyped int constant\)"
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	_ = make(int) // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
	f(1) // ERROR "too many arguments in call to f\n\thave \(number\)\n\twant \(\)"
	_ = cap(map[int]int{}) // ERROR "invalid argument: map\[int\]int\{\} \(value of type map\[int\]int\) for built-in cap"
}
