// run

// Closures capturing loop variables in nested loops and defers.
package main

func main() {
	var out []func() (int, int)
	for i := 0; i < 3; i++ {
		for j := i; j < 3; j++ {
			out = append(out, func() (int, int) { return i, j })
		}
	}
	for _, f := range out {
		a, b := f()
		print(a, ",", b, " ")
	}
	println()
	func() {
		for i := 0; i < 3; i++ {
			defer func() { print("d", i, " ") }()
		}
	}()
	println()
}
