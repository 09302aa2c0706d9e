// run

// Curried functions: closures returning closures.
package main

func adder(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

func pipeline(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	println(adder(1)(2)(3))
	add10 := adder(10)
	a := add10(1)
	b := add10(2)
	println(a(0), b(0), a(100))
	p := pipeline(func(x int) int { return x * 2 }, a, func(x int) int { return -x })
	println(p(5))
}
