// run

// Non-nil pointers are not printed (addresses differ); only comparisons are.
package main

type T struct{ x int }

func main() {
	a := &T{1}
	b := &T{1}
	c := a
	println(a == b, a == c, a != nil, *a == *b)
	var i, j any = a, c
	println(i == j, i != any(b))
}
