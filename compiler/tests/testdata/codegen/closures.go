package main

type Op func(int, int) int

func apply(f Op, a, b int) int { return f(a, b) }

func add(a, b int) int { return a + b }

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

type P struct{ X, Y int }

var global = func(x int) int { return x * 3 }

func main() {
	println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 4, 5))
	inc, reset := counter()
	inc()
	inc()
	println(inc())
	reset()
	println(inc())
	up := compose(func(s string) string { return s + "!" }, func(s string) string { return "<" + s + ">" })
	println(up("hi"))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	total := 0
	p := P{1, 2}
	func() {
		total += p.X + p.Y
		p.X = 10
		func() { total *= 2 }()
	}()
	println(total, p.X, global(7))
	var nilf func()
	println(nilf == nil, up != nil)
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	println(fib(3), rec(15))
	mk := func() P { return P{3, 4} }
	q := mk()
	println(q.X, mk().Y)
}
