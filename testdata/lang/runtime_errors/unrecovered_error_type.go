// run

// panic with a custom error type prints its Error() result.
package main

type ValidationError struct {
	Field string
	Code  int
}

func (e ValidationError) Error() string {
	return "validation failed on " + e.Field
}

func main() {
	println("validating")
	panic(ValidationError{"email", 3})
}
