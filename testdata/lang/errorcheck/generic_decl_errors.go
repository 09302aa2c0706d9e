// errorcheck

// Errors in generic declarations and uses of type parameters.
package main

type Number interface{ int | float64 }

func Bad[T Number](x T) T {
	return x.Foo() // ERROR "x.Foo undefined \(type T has no field or method Foo\)"
}

func Cmp[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)"
}

func Less[T comparable](a, b T) bool {
	return a < b // ERROR "invalid operation: a < b \(type parameter T cannot use operator <\)|cannot compare a < b"
}

var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func main() {}
