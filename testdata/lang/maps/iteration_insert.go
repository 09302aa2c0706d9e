// run

// Inserting during iteration is allowed; only totals are deterministic.
package main

func main() {
	m := map[int]int{0: 0, 1: 1, 2: 2}
	visited := 0
	for k, v := range m {
		visited++
		if k < 3 {
			m[k+100] = v
		}
	}
	println(len(m), visited >= 3, visited <= 6)
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)
}
