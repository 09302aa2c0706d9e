// run

// copy returns the count and handles overlap and strings.
package main

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	println(n, b[0], b[1], b[2])
	n = copy(a[1:], a)
	println(n, a[0], a[1], a[2], a[3], a[4])
	n = copy(a, a[2:])
	println(n, a[0], a[1], a[2], a[3], a[4])
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	println(n, string(bs))
	println(copy(b, []int{}), copy([]int(nil), a))
}
