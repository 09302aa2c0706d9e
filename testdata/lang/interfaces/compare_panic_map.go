// run

// Comparing interfaces holding maps panics.
package main

func main() {
	var a any = map[string]int{}
	println(a != nil)
	println(a == a)
}
