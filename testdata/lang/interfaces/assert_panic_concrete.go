// run

// A failed assertion to a concrete type panics with interface conversion.
package main

func main() {
	var x any = "hello"
	println(x.(string))
	println(x.(int))
}
