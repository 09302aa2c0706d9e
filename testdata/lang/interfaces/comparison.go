// run

// Interface equality compares dynamic types and values.
package main

type A struct{ x int }
type B struct{ x int }

func main() {
	var a, b any
	println(a == b, a == nil)
	a, b = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	a, b = A{1}, A{1}
	println(a == b)
	b = B{1}
	println(a == b)
	a, b = "s", "s"
	println(a == b)
	p := &A{}
	a, b = p, p
	println(a == b)
	a = &A{}
	println(a == b)
	var nilp *A
	a = nilp
	println(a == nil, a == any(nilp))
	var i any = 3
	println(i == 3, i != 4, i == "3")
}
