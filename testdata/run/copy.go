// run

// copy: counts, overlapping ranges, strings as sources.
package main

type pair struct{ k, v int }

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n)
	show(dst)

	long := make([]int, 8)
	n = copy(long, src)
	println(n)
	show(long)

	// Overlapping copies behave like memmove.
	ov := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(ov[2:], ov)
	println(n)
	show(ov)
	ov = []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(ov, ov[3:])
	println(n)
	show(ov)

	// From a string into bytes.
	b := make([]byte, 5)
	n = copy(b, "hello, world")
	println(n, string(b))
	n = copy(b[3:], "XYZ")
	println(n, string(b))

	// Empty and nil.
	var nilS []int
	println(copy(nilS, src), copy(dst, nilS), copy(dst[:0], src))

	// Copy between arrays through slices.
	var a1 [4]int16
	a2 := [4]int16{-1, -2, -3, -4}
	copy(a1[1:], a2[:])
	println(a1[0], a1[1], a1[2], a1[3])

	// Copy of strings elements.
	names := []string{"a", "b", "c"}
	more := make([]string, 5)
	copy(more[2:], names)
	println(more[0] == "", more[2], more[4])

	// Copy of struct elements copies values.
	ps := []pair{{1, 10}, {2, 20}}
	qs := make([]pair, 2)
	copy(qs, ps)
	qs[0].v = 99
	println(ps[0].v, qs[0].v, qs[1].k)
}
