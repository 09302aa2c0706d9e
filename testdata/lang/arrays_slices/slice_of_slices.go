// run

// Two-dimensional slices built row by row.
package main

func main() {
	n := 5
	tri := make([][]int, n)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	grid := [][]string{{"a", "b"}, {"c"}, nil, {}}
	for i, r := range grid {
		println(i, len(r), r == nil)
	}
}
