// run

// Comparing interfaces holding slices panics with the type named.
package main

func main() {
	var a any = []int{1}
	var b any = []int{1}
	var c any = 1
	println(a == c)
	println(a == b)
}
