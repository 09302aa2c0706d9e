// run

// Every form of for: three-clause, condition-only, infinite, range over
// an integer, break, continue and labelled break/continue.
package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println("sum 0..9 =", sum)

	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz(27) steps =", steps)

	i := 0
	for {
		i++
		if i*i > 200 {
			break
		}
	}
	println("first square over 200:", i)

	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		print(i, " ")
	}
	println()

	for i := range 5 {
		print(i, ",")
	}
	println()
	var n8 int8 = 4
	for j := range n8 {
		print(j+n8, " ")
	}
	println()
	count := 0
	for range 7 {
		count++
	}
	println("count", count)
	for range 0 {
		println("never")
	}

outer:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					println("triple", a, b, c)
					if c > 20 {
						break outer
					}
					continue outer
				}
			}
		}
	}

	// continue with a label on an enclosing range loop.
	grid := [][]int{{1, 2, -1, 4}, {5, -1, 7}, {8, 9}}
	total := 0
rows:
	for r, row := range grid {
		for _, v := range row {
			if v < 0 {
				println("row", r, "stopped at negative")
				continue rows
			}
			total += v
		}
		println("row", r, "complete")
	}
	println("total", total)

	// Multiple loop variables.
	for lo, hi := 0, 9; lo < hi; lo, hi = lo+1, hi-1 {
		print(lo, "-", hi, " ")
	}
	println()

	// Loop with the post statement only.
	k := 0
	for ; k < 3; k++ {
	}
	println("k", k)

	// Nested loops building a multiplication table row by row.
	for r := 1; r <= 4; r++ {
		for c := 1; c <= 4; c++ {
			print(r*c, "\t")
		}
		println()
	}

	// The loop variable is fresh in each iteration, visible through pointers.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
}
