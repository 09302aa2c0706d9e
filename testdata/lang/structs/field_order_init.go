// run

// Keyed literals evaluate in source order; unkeyed fill all fields.
package main

type T struct {
	A, B, C int
}

var trace string

func v(name string, x int) int {
	trace += name
	return x
}

func main() {
	t := T{C: v("c", 3), A: v("a", 1)}
	println(t.A, t.B, t.C, trace)
	trace = ""
	u := T{v("x", 1), v("y", 2), v("z", 3)}
	println(u.A+u.B+u.C, trace)
	arr := [...]T{2: {C: 9}, {A: 1}}
	println(len(arr), arr[2].C, arr[3].A)
}
