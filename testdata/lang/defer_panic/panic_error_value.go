// run

// panic with an error value prints its Error() text.
package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	panic(&E{"broken"})
}
