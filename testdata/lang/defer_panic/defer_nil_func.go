// run

// Deferring a nil function panics when the deferred call would run.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	var f func()
	defer f()
	println("before return")
}
