// run

// An expression switch on interfaces: different dynamic types compare unequal,
// the same uncomparable dynamic type panics.
package main

func main() {
	var v any = []int{1}
	switch v {
	case 1:
		println("one")
	default:
		println("default")
	}
	w := any([]int{2})
	switch v {
	case w:
		println("same")
	}
	println("unreachable")
}
