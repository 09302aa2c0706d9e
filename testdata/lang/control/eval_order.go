// run

// Assignment and call argument evaluation order.
package main

var trace []int

func v(n int) int {
	trace = append(trace, n)
	return n
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	println(three(v(1), v(2), v(3)))
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = 1, 9
	println(i, arr[0], arr[1])
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	x := []int{1, 2, 3}
	j := 0
	j, x[j] = x[j], 100
	println(j, x[0], x[1])
	for _, n := range trace {
		print(n, " ")
	}
	println()
}
