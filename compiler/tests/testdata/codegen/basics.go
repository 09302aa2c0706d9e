package main

func div(a, b int) (int, int) { return a / b, a % b }

func small(x int8, y uint8, s uint) (int8, uint8) {
	x += 100
	y *= 3
	return x << s, y >> s
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		fallthrough
	case n == 1:
		return "small"
	}
	switch n {
	case 2, 3:
		return "two-three"
	default:
		return "big"
	}
}

func loops() int {
	t := 0
outer:
	for i := 0; i < 10; i++ {
		for j := range 10 {
			if j == 5 {
				continue outer
			}
			if i == 8 {
				break outer
			}
			t += i * j
		}
	}
	return t
}

func main() {
	q, r := div(7, -2)
	println(q, r, fib(10), classify(3), loops())
	a, b := small(100, 200, 3)
	println(a, b)
	var u32 uint32 = 1 << 31
	println(u32>>31, int32(u32), uint64(u32)<<1)
}
