package main

func find(grid [][]int, want int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == want {
				r, c := i, j
				_ = r
				_ = c
				goto found
			}
		}
	}
	return -1, -1
found:
	println("found", want)
	return 0, 0
}

func states(n int) int {
	steps := 0
start:
	steps++
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		goto even
	}
	n = 3*n + 1
	goto start
even:
	n /= 2
	goto start
done:
	return steps
}

func main() {
	g := [][]int{{1, 2}, {3, 4}}
	a, b := find(g, 4)
	println(a, b)
	a, b = find(g, 9)
	println(a, b)
	println(states(27), states(1), states(6))
	i := 0
	{
	again:
		if i < 5 {
			i += 2
			goto again
		}
	}
	println(i)
	for k := 0; k < 3; k++ {
		switch k {
		case 1:
			goto next
		}
		print(k, " ")
	next:
	}
	println()
}
