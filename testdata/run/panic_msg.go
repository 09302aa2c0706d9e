// run

// panic with a string prints it and exits with status 2.
package main

func check(n int) {
	if n > 2 {
		panic("check failed: n too large")
	}
	println("check", n, "ok")
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
