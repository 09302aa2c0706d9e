// run

// Arrays are values: assignment copies, == compares all elements.
package main

type Grid [3][3]int

func mark(g Grid, r, c int) Grid {
	g[r][c] = 1
	return g
}

func main() {
	var g Grid
	h := mark(g, 1, 1)
	println(g[1][1], h[1][1], g == h, g == Grid{})
	k := h
	k[0][0] = 5
	println(h[0][0], k[0][0], h != k)
	a := [...]string{2: "c", 0: "a"}
	println(len(a), a[0], a[1] == "", a[2])
	b := [2]bool{true}
	println(b[0], b[1])
	p := &a
	p[1] = "b"
	println(a[1], len(p))
	for i, v := range p {
		println(i, v)
	}
}
