// run

// Three nested panics, the last one uncaught: gc prints all of them.
package main

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
