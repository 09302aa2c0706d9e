// run

// Type switches and assertions on values of type-parameter type.
package main

func Kind[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case []T:
		return "slice of T"
	case *T:
		return "pointer to T"
	}
	return "other"
}

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool { return v == Zero[T]() }

func main() {
	println(Kind(1), Kind("s"), Kind(1.5), Kind([]int{}))
	println(IsZero(0), IsZero(""), IsZero(3), IsZero(struct{ a int }{}))
	println(Zero[*int]() == nil, len(Zero[[]int]()), Zero[float64]())
}
