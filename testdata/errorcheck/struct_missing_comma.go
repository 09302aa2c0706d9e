// errorcheck

package main

type T struct {
	a int
	b int
}

func main() {
	t := T{
		a: 1,
		b: 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	println(t.a)
}
