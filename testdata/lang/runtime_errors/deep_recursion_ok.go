// run

// Deep but bounded recursion works (no stack overflow at depth 100000).
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	println(depth(100000))
}
