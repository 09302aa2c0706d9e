// run

// Function literals invoked immediately, with results and captures.
package main

func main() {
	x := func(a, b int) int { return a * b }(6, 7)
	println(x)
	total := 0
	func() {
		for i := 1; i <= 10; i++ {
			total += i
		}
	}()
	println(total)
	s, n := func() (string, int) { return "pair", 2 }()
	println(s, n)
}
