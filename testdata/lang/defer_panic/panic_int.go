// run

// panic with an integer prints it with the goexit-style type annotation gc uses.
package main

func main() {
	defer println("deferred still runs")
	panic(42)
}
