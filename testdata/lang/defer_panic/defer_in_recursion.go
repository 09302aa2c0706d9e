// run

// Defers in recursive calls unwind in reverse order of the calls.
package main

func countdown(n int) {
	defer println("leave", n)
	if n == 0 {
		println("bottom")
		return
	}
	println("enter", n)
	countdown(n - 1)
}

func sumDeferred(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func() { total += i }()
	}
	return 0
}

func main() {
	countdown(3)
	println(sumDeferred(10))
}
