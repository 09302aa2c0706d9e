// run

// Re-panicking with the same error value prints [recovered] and the re-raise.
package main

type E struct{}

func (E) Error() string { return "the error" }

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(E{})
}
