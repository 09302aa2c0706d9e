// run

// Several init functions per file run in source order after variables.
package main

var x = initX()

func initX() int {
	println("var x")
	return 1
}

func init() {
	println("init 1, x =", x)
	x++
}

func init() {
	println("init 2, x =", x)
	x *= 10
}

var y = func() int { println("var y"); return x + 1 }()

func init() {
	println("init 3, x =", x, "y =", y)
}

func main() {
	println("main", x, y)
}
