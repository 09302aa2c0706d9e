// run

// Arrays are values: assignment and calls copy them; == compares elements.
package main

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := 0; i < len(a); i++ {
		a[i] *= 2
	}
}

func sum(a [4]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var zero [4]int
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	println(a[0], b[0], len(a), len(zero))

	d := double(a)
	println(a[1], d[1], sum(a), sum(d))
	doubleInPlace(&a)
	println(a[0], a[3], sum(a))

	println(a == d, a != b, zero == [4]int{})

	// Array literals with indices and inferred length.
	c := [...]string{2: "two", 0: "zero", 4: "four"}
	println(len(c), c[0], c[1] == "", c[2], c[4])
	bits := [8]bool{1: true, 3: true, 7: true}
	for i, v := range bits {
		if v {
			print(i, " ")
		}
	}
	println()

	// Multi-dimensional arrays.
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	row := grid[1]
	row[0] = -1
	println(grid[1][0], row[0], grid[2][3])
	g2 := grid
	g2[2][3] = 0
	println(grid == g2, grid[2][3], g2[2][3])

	// Range over an array iterates over a copy.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		print(i, ":", v, " ")
	}
	println(arr[2])

	// Arrays of bytes and strings.
	var buf [5]byte
	copy(buf[:], "hello")
	println(string(buf[:]), buf[1])
	names := [3]string{"x", "y", "z"}
	other := names
	other[1] = "Y"
	println(names[1], other[1], names == other)

	// Indexing with variables of different integer types.
	var i8 int8 = 2
	var u16 uint16 = 1
	println(arr[i8], arr[u16], names[i8])

	// Large array passed by value.
	var big [1000]int
	for i := range big {
		big[i] = i
	}
	println(sumBig(big), big[999])

	// Empty arrays.
	var e [0]int
	println(len(e), e == [0]int{})
}

func sumBig(a [1000]int) int {
	s := 0
	for i := range a {
		s += a[i]
		a[i] = 0
	}
	return s
}
