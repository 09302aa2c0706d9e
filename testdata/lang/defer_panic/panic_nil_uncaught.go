// run

// An uncaught panic(nil) prints gc's message.
package main

func main() {
	panic(nil)
}
