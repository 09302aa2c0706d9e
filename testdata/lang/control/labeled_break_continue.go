// run

// Labelled break and continue in nested loops, switches and selects-free code.
package main

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			switch {
			case v == 4:
				found = i
				break search
			case v%2 == 1:
				continue
			}
			println("even", v)
		}
	}
	println("found in row", found)
sw:
	switch x := 2; x {
	case 2:
		for {
			break sw
		}
	}
	println("after switch")
}
