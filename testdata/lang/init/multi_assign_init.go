// run

// Multi-value package variable initialisation runs the call once.
package main

var calls int

func pair() (int, string) {
	calls++
	return 5, "five"
}

var n, s = pair()
var _ = sideEffect()

func sideEffect() int {
	println("blank var initialised")
	return 0
}

func main() {
	println(n, s, calls)
}
