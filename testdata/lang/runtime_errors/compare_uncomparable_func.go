// run

// comparing uncomparable type func().
package main

func main() {
	var a, b any = func() {}, 1
	println(a == b)
	b = func() {}
	println(a == b)
}
