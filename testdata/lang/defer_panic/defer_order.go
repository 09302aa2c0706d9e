// run

// Deferred calls run last-in first-out; arguments are evaluated at defer time.
package main

func main() {
	for i := 0; i < 4; i++ {
		defer println("deferred", i)
	}
	x := 1
	defer println("x at defer time:", x)
	x = 2
	defer func() { println("x in closure:", x) }()
	x = 3
	println("end of main")
}
