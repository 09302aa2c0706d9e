// run

// range over integers (Go 1.22).
package main

func main() {
	for i := range 5 {
		print(i, " ")
	}
	println()
	n := 0
	for range 10 {
		n++
	}
	println(n)
	for i := range 0 {
		println("never", i)
	}
	var k int8 = 3
	for i := range k {
		var same int8 = i
		print(same, " ")
	}
	println()
	type ID uint
	for id := range ID(3) {
		print(id, " ")
	}
	println()
	limit := 3
	for i := range limit {
		limit = 10
		print(i, " ")
	}
	println()
}
