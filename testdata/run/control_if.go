// run

// if/else chains, init statements, scoping and shadowing.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else if n < 100 {
		return "medium"
	}
	return "large"
}

func abs(x int) int {
	if x < 0 {
		x = -x
	}
	return x
}

func grade(score int) byte {
	var g byte
	if score >= 90 {
		g = 'A'
	} else {
		if score >= 80 {
			g = 'B'
		} else if score >= 70 {
			g = 'C'
		} else {
			g = 'F'
		}
	}
	return g
}

var calls int

func sideEffect(v bool) bool {
	calls++
	return v
}

func main() {
	for _, n := range []int{-5, 0, 3, 42, 1000} {
		println(n, classify(n), abs(n))
	}
	for _, s := range []int{95, 85, 75, 65} {
		println(s, grade(s))
	}

	x := 1
	if x := 2; x > 1 {
		println("inner x =", x)
		x := 3
		println("innermost x =", x)
	} else {
		println("never", x)
	}
	println("outer x =", x)

	if y, z := 10, 20; y > z {
		println("y > z")
	} else if w := y + z; w == 30 {
		println("y+z == 30, y =", y, "w =", w)
	} else {
		println("else", w)
	}

	// Short-circuit evaluation.
	calls = 0
	if sideEffect(false) && sideEffect(true) {
		println("never")
	}
	println("calls after &&:", calls)
	calls = 0
	if sideEffect(true) || sideEffect(true) {
		println("calls after ||:", calls)
	}
	calls = 0
	r := sideEffect(false) || sideEffect(false) && sideEffect(true)
	println(r, calls)

	t, f := true, false
	println(!t, !f, t && !f, t == f, t != f, !(t && f) == (!t || !f))
}
