// run

// interface conversion: interface {} is string, not int.
package main

func main() {
	var x any = "s"
	println(x.(int))
}
