// run

// Full slice expressions limit capacity so append reallocates.
package main

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5]
	println(len(s), cap(s))
	t := arr[2:5:6]
	println(len(t), cap(t))

	// Within the limited capacity append still writes the array...
	t = append(t, 50)
	println(arr[5], len(t), cap(t))
	// ...and beyond it, append copies.
	t = append(t, 60)
	t[0] = -2
	println(arr[6], arr[2], t[0], t[4], len(t))

	// s[i:j:k] on a slice.
	base := []int{10, 20, 30, 40, 50}
	u := base[1:3:3]
	println(len(u), cap(u))
	u = append(u, 99)
	println(base[3], u[2])

	// Omitted low bound.
	v := base[:2:4]
	println(len(v), cap(v), v[1])

	// Capacity equal to length gives an independent append.
	w := base[0:0:0]
	w = append(w, 7)
	println(base[0], w[0], len(w))

	// Re-slicing a limited slice cannot go past its capacity.
	x := base[1:2:3]
	y := x[:2]
	println(len(y), y[1])

	// Strings can be sliced with two indices only; byte slices with three.
	b := []byte("abcdefgh")
	c := b[2:4:5]
	c = append(c, 'X')
	println(string(b))
	c = append(c, 'Y')
	c[0] = 'Z'
	println(string(b), string(c))
}
