// run

// println of boolean expressions and comparisons of every kind.
package main

type P struct{ a, b int }

func main() {
	x, y := 3, 4
	s, t := "a", "b"
	println(x < y, x > y, x == y, x != y, s < t, s == t)
	println(P{1, 2} == P{1, 2}, [2]int{1, 2} != [2]int{2, 1})
	var ip *int
	println(ip == nil, !(x < y) || s != t)
}
