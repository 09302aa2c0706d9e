// errorcheck

// References to names that are not declared anywhere.
package main

type T struct{ a int }

func (T) M() {}

func main() {
	println(x) // ERROR "undefined: x"
	y = 3 // ERROR "undefined: y"
	f() // ERROR "undefined: f"
	var v Missing // ERROR "undefined: Missing"
	t := T{}
	println(t.b) // ERROR "t.b undefined \(type T has no field or method b\)"
	t.N() // ERROR "t.N undefined \(type T has no field or method N\)"
	println(fmt.Sprint(1)) // ERROR "undefined: fmt"
	_ = v
}
