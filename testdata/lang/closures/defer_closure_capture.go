// run

// Deferred closures see the final values of captured variables.
package main

func main() {
	x := 1
	defer func() { println("deferred sees", x) }()
	defer println("argument evaluated early", x)
	x = 2
	for i := range 3 {
		defer func() { println("loop defer", i, x) }()
	}
	x = 3
}
