// run

// Three-index slices limit capacity so append copies.
package main

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4:5]
	println(len(a), cap(a))
	a = append(a, 40)
	println(base[4])
	a = append(a, 50)
	a[0] = 99
	println(base[2], base[5], a[0], len(a))
	b := base[:0:0]
	b = append(b, 7)
	println(base[0], b[0])
	arr := [4]string{"w", "x", "y", "z"}
	c := arr[1:2:3]
	println(len(c), cap(c), c[:2][1])
}
