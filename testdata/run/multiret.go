// run

// Functions: multiple results, named results, recursion, mutual recursion.
package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func minmax(xs []int) (min int, max int, ok bool) {
	if len(xs) == 0 {
		return 0, 0, false
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max, true
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibPair(n int) (int, int) {
	if n == 0 {
		return 0, 1
	}
	a, b := fibPair(n - 1)
	return b, a + b
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n >= 4 {
		println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func three() (int8, string, bool) { return -3, "three", true }

func passThrough(a int8, s string, b bool) string {
	if b {
		return s
	}
	return "no"
}

func named() (x int, s string) {
	x = 5
	s = "named"
	if x > 3 {
		return x * 2, s + "!"
	}
	return
}

func gcd(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	q, r := divmod(47, 5)
	println(q, r)
	x, y := swap("left", "right")
	println(x, y)
	x, y = y, x
	println(x, y)
	lo, hi, ok := minmax([]int{5, -3, 12, 7, -8, 0})
	println(lo, hi, ok)
	_, _, ok = minmax(nil)
	println(ok)
	println(fib(20))
	a, b := fibPair(90)
	println(a, b)
	println(ackermann(2, 3), ackermann(3, 3))
	println(isEven(10), isOdd(7), isEven(7))
	moves := 0
	hanoi(6, "A", "C", "B", &moves)
	println("moves:", moves)
	println(passThrough(three()))
	println(named())
	println(gcd(1071, 462), gcd(18446744073709551614, 9223372036854775807))
}
