// run

// Backtracking puzzle solvers: sudoku with bitmasks, N-queens counting, permutations, subset sums and a maze.
package main

type Sudoku [9][9]int8

func parseSudoku(rows [9]string) Sudoku {
	var s Sudoku
	for r, line := range rows {
		for c := 0; c < 9; c++ {
			if ch := line[c]; ch >= '1' && ch <= '9' {
				s[r][c] = int8(ch - '0')
			}
		}
	}
	return s
}

type solver struct {
	grid                 Sudoku
	rows, cols, boxes    [9]uint16
	nodes                int
}

func newSolver(s Sudoku) (*solver, bool) {
	sv := &solver{grid: s}
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if v := s[r][c]; v != 0 {
				bit := uint16(1) << v
				b := r/3*3 + c/3
				if sv.rows[r]&bit != 0 || sv.cols[c]&bit != 0 || sv.boxes[b]&bit != 0 {
					return nil, false
				}
				sv.rows[r] |= bit
				sv.cols[c] |= bit
				sv.boxes[b] |= bit
			}
		}
	}
	return sv, true
}

func bits(x uint16) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// solve picks the empty cell with the fewest candidates first.
func (sv *solver) solve() bool {
	sv.nodes++
	bestR, bestC, bestN := -1, -1, 10
	var bestMask uint16
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if sv.grid[r][c] != 0 {
				continue
			}
			used := sv.rows[r] | sv.cols[c] | sv.boxes[r/3*3+c/3]
			mask := ^used & 0x3fe
			if n := bits(mask); n < bestN {
				bestR, bestC, bestN, bestMask = r, c, n, mask
			}
		}
	}
	if bestR < 0 {
		return true
	}
	b := bestR/3*3 + bestC/3
	for v := int8(1); v <= 9; v++ {
		bit := uint16(1) << v
		if bestMask&bit == 0 {
			continue
		}
		sv.grid[bestR][bestC] = v
		sv.rows[bestR] |= bit
		sv.cols[bestC] |= bit
		sv.boxes[b] |= bit
		if sv.solve() {
			return true
		}
		sv.rows[bestR] &^= bit
		sv.cols[bestC] &^= bit
		sv.boxes[b] &^= bit
	}
	sv.grid[bestR][bestC] = 0
	return false
}

func (s Sudoku) Print() {
	for r, row := range s {
		if r%3 == 0 && r > 0 {
			println("------+-------+------")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				print("| ")
			}
			if v == 0 {
				print(". ")
			} else {
				print(v, " ")
			}
		}
		println()
	}
}

func queens(n int) int {
	count := 0
	var place func(row int, cols, d1, d2 uint)
	place = func(row int, cols, d1, d2 uint) {
		if row == n {
			count++
			return
		}
		avail := ^(cols | d1 | d2) & (1<<uint(n) - 1)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			place(row+1, cols|bit, (d1|bit)<<1, (d2|bit)>>1)
		}
	}
	place(0, 0, 0, 0)
	return count
}

func permutations(xs []byte, yield func([]byte)) {
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			yield(xs)
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
}

func subsetSums(xs []int, target int) [][]int {
	var out [][]int
	var cur []int
	var rec func(i, sum int)
	rec = func(i, sum int) {
		if sum == target {
			out = append(out, append([]int(nil), cur...))
			return
		}
		if i == len(xs) || sum > target {
			return
		}
		cur = append(cur, xs[i])
		rec(i+1, sum+xs[i])
		cur = cur[:len(cur)-1]
		rec(i+1, sum)
	}
	rec(0, 0)
	return out
}

func solveMaze(maze []string) (int, []string) {
	h, w := len(maze), len(maze[0])
	grid := make([][]byte, h)
	var sr, sc int
	for r := range maze {
		grid[r] = []byte(maze[r])
		for c := 0; c < w; c++ {
			if maze[r][c] == 'S' {
				sr, sc = r, c
			}
		}
	}
	type pos struct{ r, c int }
	prev := map[pos]pos{}
	q := []pos{{sr, sc}}
	seen := map[pos]bool{{sr, sc}: true}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if grid[p.r][p.c] == 'E' {
			steps := 0
			for cur := p; cur != (pos{sr, sc}); cur = prev[cur] {
				if grid[cur.r][cur.c] == '.' {
					grid[cur.r][cur.c] = '*'
				}
				steps++
			}
			out := make([]string, h)
			for i := range grid {
				out[i] = string(grid[i])
			}
			return steps, out
		}
		for _, d := range [4]pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pos{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= h || n.c < 0 || n.c >= w || grid[n.r][n.c] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = p
			q = append(q, n)
		}
	}
	return -1, nil
}

func main() {
	puzzle := parseSudoku([9]string{
		"53..7....",
		"6..195...",
		".98....6.",
		"8...6...3",
		"4..8.3..1",
		"7...2...6",
		".6....28.",
		"...419..5",
		"....8..79",
	})
	sv, ok := newSolver(puzzle)
	println("valid", ok)
	println("solved", sv.solve(), "nodes", sv.nodes)
	sv.grid.Print()
	bad := puzzle
	bad[0][2] = 5
	_, ok = newSolver(bad)
	println("duplicate valid", ok)

	for n := 1; n <= 9; n++ {
		print(queens(n), " ")
	}
	println()

	count := 0
	var first, last string
	permutations([]byte("abcd"), func(p []byte) {
		if count == 0 {
			first = string(p)
		}
		last = string(p)
		count++
	})
	println("perms", count, first, last)

	for _, s := range subsetSums([]int{3, 34, 4, 12, 5, 2}, 9) {
		print("[")
		for i, v := range s {
			if i > 0 {
				print(" ")
			}
			print(v)
		}
		print("] ")
	}
	println()

	steps, drawn := solveMaze([]string{
		"S.#.......",
		".##.####..",
		"....#..#.#",
		"#.#.#.##..",
		"..#...#..E",
	})
	println("maze steps", steps)
	for _, l := range drawn {
		println(l)
	}
	steps, _ = solveMaze([]string{"S#E"})
	println("blocked maze", steps)
}
