// run

// Appending within capacity overwrites what other slices see.
package main

func main() {
	s := make([]int, 3, 10)
	a := append(s, 1)
	b := append(s, 2)
	println(a[3], b[3])
	t := []int{1, 2, 3}
	c := append(t, 4)
	d := append(t, 5)
	println(c[3], d[3])
	x := []int{1, 2, 3, 4, 5}
	x = append(x[:1], x[2:]...)
	println(len(x), x[0], x[1], x[2], x[3])
	y := append([]int(nil), x...)
	y[0] = 100
	println(x[0], y[0])
}
