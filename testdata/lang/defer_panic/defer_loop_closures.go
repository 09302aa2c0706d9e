// run

// Deferred closures in loops capture per-iteration variables.
package main

func main() {
	func() {
		for i := 0; i < 3; i++ {
			defer func() { print(i, " ") }()
		}
	}()
	println()
	func() {
		for _, s := range []string{"x", "y", "z"} {
			defer func(v string) { print(v, s, " ") }(s + "!")
		}
	}()
	println()
}
