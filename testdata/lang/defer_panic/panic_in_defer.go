// run

// A panic inside a deferred call while panicking: both are printed.
package main

func main() {
	defer func() {
		panic("from defer")
	}()
	panic("original")
}
