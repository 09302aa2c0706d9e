// run

// An expression switch comparing an interface against an uncomparable dynamic value panics.
package main

func main() {
	var v any = []int{1}
	switch v {
	case 1:
		println("one")
	default:
		println("default")
	}
}
