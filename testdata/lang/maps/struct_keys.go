// run

// Struct and array keys compare by value.
package main

type Point struct{ X, Y int }

func main() {
	m := map[Point]string{}
	m[Point{1, 2}] = "a"
	m[Point{2, 1}] = "b"
	m[Point{1, 2}] = "c"
	println(len(m), m[Point{1, 2}], m[Point{2, 1}], m[Point{}] == "")
	grid := map[[2]int]bool{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if (i+j)%2 == 0 {
				grid[[2]int{i, j}] = true
			}
		}
	}
	println(len(grid), grid[[2]int{1, 1}], grid[[2]int{0, 1}])
	type K struct {
		name string
		id   [2]byte
	}
	mk := map[K]int{{"a", [2]byte{1, 2}}: 1}
	mk[K{"a", [2]byte{1, 2}}]++
	mk[K{"a", [2]byte{2, 1}}]++
	println(len(mk), mk[K{"a", [2]byte{1, 2}}])
}
