// run

// Writing through a nil pointer.
package main

type T struct{ a [10]int }

func main() {
	var t *T
	t.a[3] = 1
	println("never")
}
