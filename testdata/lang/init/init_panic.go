// run

// A panic during package initialisation is reported like any other panic.
package main

var table = build()

func build() []int {
	s := make([]int, 3)
	i := 3
	s[i] = 1
	return s
}

func main() {
	println("never", len(table))
}
