// run

// Calling yield after the loop exited panics with a runtime error.
package main

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	for v := range bad {
		println("got", v)
		break
	}
	println("not reached")
}
