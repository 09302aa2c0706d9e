// run

// Moderately deep recursion works (depth 5000; much deeper recursion exhausts
// wasmtime's default native stack with gc's wasm port, so goldens cannot cover it).
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	println(depth(5000))
}
