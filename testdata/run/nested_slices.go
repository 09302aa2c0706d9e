// run

// Slices of slices: jagged rows, Pascal's triangle, shared rows.
package main

func pascal(n int) [][]int {
	rows := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func show(m [][]int) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
}

func main() {
	p := pascal(12)
	show(p)
	println(len(p), len(p[11]), p[11][5])

	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	show(transpose(m))

	// Rows share storage with the matrix they came from.
	row := m[1]
	row[0] = 40
	println(m[1][0])

	// Jagged appends.
	var jag [][]string
	for i := 0; i < 4; i++ {
		var r []string
		for j := 0; j <= i; j++ {
			r = append(r, "x")
		}
		jag = append(jag, r)
	}
	for _, r := range jag {
		s := ""
		for _, x := range r {
			s += x
		}
		println(s)
	}
	jag[0] = append(jag[0], "y", "z")
	println(len(jag[0]), jag[0][2])

	// Three levels.
	cube := make([][][]int, 2)
	for i := range cube {
		cube[i] = make([][]int, 3)
		for j := range cube[i] {
			cube[i][j] = make([]int, 4)
			for k := range cube[i][j] {
				cube[i][j][k] = i*100 + j*10 + k
			}
		}
	}
	println(cube[1][2][3], cube[0][1][2], len(cube[1]), len(cube[1][0]))

	// nil inner slices.
	holes := make([][]int, 3)
	holes[1] = []int{1}
	for i, h := range holes {
		println(i, h == nil, len(h))
	}
}
