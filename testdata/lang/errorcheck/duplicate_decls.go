// errorcheck

// Duplicate declarations report the earlier position.
package main

var x int
var x string // ERROR "x redeclared in this block\n\t.*: other declaration of x"

func f() {}
func f() {} // ERROR "f redeclared in this block\n\t.*: other declaration of f"

type T struct {
	a int
	a string // ERROR "a redeclared\n\t.*: other declaration of a"
}

func (T) M() {}
func (T) M() {} // ERROR "method T.M already declared at .*"

func main() {
	y := 1
	var y int // ERROR "y redeclared in this block\n\t.*: other declaration of y"
	_ = y
}
