// run

// Slices: make, append, len, cap, slicing, sharing, nil slices.
package main

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func printAll(label string, s []int) {
	print(label, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func main() {
	var nilSlice []int
	println(nilSlice == nil, len(nilSlice), cap(nilSlice))
	printAll("nil", nilSlice)

	s := make([]int, 3, 10)
	printAll("make(3,10)", s)
	t := make([]int, 4)
	printAll("make(4)", t)

	s = append(s, 1, 2, 3)
	printAll("appended", s)

	// Slicing shares the backing array.
	sub := s[2:5]
	printAll("s[2:5]", sub)
	sub[0] = 42
	println(s[2])
	fill(s[3:4], 7)
	printAll("after fill", s)

	// Re-slicing up to capacity.
	ext := sub[:cap(sub)]
	printAll("extended", ext)

	// append within capacity writes into the shared array.
	base := make([]int, 2, 4)
	x := append(base, 10)
	y := append(base, 20)
	println(x[2], y[2], len(base))

	// Empty slice versus nil slice.
	empty := []int{}
	println(empty == nil, len(empty))
	emptyToo := s[0:0]
	println(emptyToo == nil, len(emptyToo), cap(emptyToo))

	// Append a slice to a slice.
	a := []int{1, 2, 3}
	b := []int{4, 5}
	a = append(a, b...)
	a = append(a, a...)
	printAll("a", a)
	println(sum(a))

	// Slice of slice of slice.
	c := a[1:8]
	d := c[2:4]
	e := d[1:]
	printAll("e", e)

	// Slices of strings and bools.
	words := []string{"go", "wasm", "wasi"}
	words = append(words, "preview1")
	for i, w := range words {
		println(i, w, len(w))
	}
	flags := make([]bool, 3)
	flags[1] = true
	println(flags[0], flags[1], flags[2])

	// Slicing an array.
	arr := [6]int{0, 1, 2, 3, 4, 5}
	as := arr[1:4]
	as[0] = 100
	println(arr[1], len(as), cap(as))
	as = append(as, -4)
	println(arr[4])

	// Delete an element by appending around it.
	del := []int{0, 1, 2, 3, 4, 5}
	del = append(del[:2], del[3:]...)
	printAll("deleted", del)

	// Insert an element.
	ins := []int{1, 2, 4}
	ins = append(ins, 0)
	copy(ins[3:], ins[2:])
	ins[2] = 3
	printAll("inserted", ins)

	// Reverse in place.
	rev := []int{1, 2, 3, 4, 5, 6, 7}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	printAll("reversed", rev)

	// Large make.
	big := make([]int64, 100000)
	big[99999] = 5
	println(len(big), big[99999], big[50000])
}
