// run

// Labelled continue and break across range loops over maps, strings and slices.
package main

func main() {
	words := []string{"apple", "sky", "tree", "rhythm", "queue"}
	vowels := "aeiou"
	count := 0
next:
	for _, w := range words {
		for _, c := range w {
			for _, v := range vowels {
				if c == v {
					count++
					continue next
				}
			}
		}
		println("no vowel:", w)
	}
	println("with vowels:", count)
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	sum := 0
rows:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				println("negative at", r, c)
				break rows
			}
			sum += v
		}
	}
	println("sum", sum)
}
