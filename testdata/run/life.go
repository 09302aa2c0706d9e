// run

// Conway's game of life on a fixed torus of arrays of bools.
package main

const W, H = 12, 8

type Grid [H][W]bool

func neighbours(g *Grid, r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr := (r + dr + H) % H
			cc := (c + dc + W) % W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func step(g Grid) Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := neighbours(&g, r, c)
			next[r][c] = n == 3 || n == 2 && g[r][c]
		}
	}
	return next
}

func show(g Grid, gen int) {
	println("generation", gen)
	for r := range g {
		line := make([]byte, 0, W)
		for _, alive := range g[r] {
			if alive {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		println(string(line))
	}
}

func population(g Grid) int {
	n := 0
	for _, row := range g {
		for _, v := range row {
			if v {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	// A glider and a blinker.
	g[0][1] = true
	g[1][2] = true
	g[2][0], g[2][1], g[2][2] = true, true, true
	g[5][8], g[5][9], g[5][10] = true, true, true
	start := g
	show(g, 0)
	for gen := 1; gen <= 4; gen++ {
		g = step(g)
		show(g, gen)
	}
	for gen := 5; gen <= 48; gen++ {
		g = step(g)
	}
	show(g, 48)
	println("population", population(g), "back to start:", g == start)
}
