// run

// N-queens by backtracking with arrays of booleans; prints the first
// solution for 8 and counts solutions for 1 to 9.
package main

type Board struct {
	n     int
	cols  [16]bool
	diag1 [32]bool
	diag2 [32]bool
	place [16]int
}

func solve(b *Board, row int, count *int, first *[16]int, found *bool) {
	if row == b.n {
		*count++
		if !*found {
			*first = b.place
			*found = true
		}
		return
	}
	for c := 0; c < b.n; c++ {
		d1, d2 := row+c, row-c+b.n-1
		if b.cols[c] || b.diag1[d1] || b.diag2[d2] {
			continue
		}
		b.cols[c], b.diag1[d1], b.diag2[d2] = true, true, true
		b.place[row] = c
		solve(b, row+1, count, first, found)
		b.cols[c], b.diag1[d1], b.diag2[d2] = false, false, false
	}
}

func queens(n int) (int, [16]int) {
	b := Board{n: n}
	count := 0
	var first [16]int
	found := false
	solve(&b, 0, &count, &first, &found)
	return count, first
}

func main() {
	for n := 1; n <= 9; n++ {
		count, _ := queens(n)
		println(n, "queens:", count, "solutions")
	}
	_, sol := queens(8)
	for r := 0; r < 8; r++ {
		line := []byte("........")
		line[sol[r]] = 'Q'
		println(string(line))
	}
}
