// hello is the first program a newcomer runs: gobuild builds it into a WASI
// command and runs it on the embedded engine.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	greeting := "hello from gobuild"
	println(greeting)
	for i := 0; i < 10; i++ {
		print(fib(i), " ")
	}
	println()
}
