// run

// if with init statements and scoped shadowing.
package main

func div(a, b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	return a / b, true
}

func main() {
	x := 1
	if x := 2; x > 1 {
		println("inner", x)
	} else {
		println("never", x)
	}
	println("outer", x)
	if q, ok := div(10, 0); !ok {
		println("div by zero", q)
	} else if q > 3 {
		println("big", q)
	}
	if q, ok := div(10, 2); ok && q > 3 {
		println("big", q)
	}
	if v := x * 10; v < 5 {
		println("small")
	} else if w := v + 1; w > 10 {
		println("w", w, v)
	} else {
		println("else", v, w)
	}
}
