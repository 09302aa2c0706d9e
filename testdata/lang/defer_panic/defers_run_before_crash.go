// run

// Defers run in order during a panic, then the panic is reported.
package main

func main() {
	defer println("one")
	defer func() {
		println("two")
	}()
	defer println("three")
	var m map[string]int
	m["x"] = 1
}
