// errorcheck

// := with a non-name on the left is a syntax error.
package main

type T struct{ f int }

func main() {
	var t T
	t.f := 1 // ERROR "non-name t.f on left side of :="
	println(t.f)
}
