// errorcheck

// Functions with results whose bodies can end without a return.
package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func d(x int) (r int) {
	if x > 0 {
		return
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func okInfinite() int {
	for {
	}
}

func okPanic() int {
	panic("x")
}

func okSwitch(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func e(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func main() {
	_, _, _, _, _ = a(1), b(1), c(1), d(1), e(1)
	_, _, _ = okInfinite, okPanic, okSwitch
}
