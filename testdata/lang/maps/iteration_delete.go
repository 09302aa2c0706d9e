// run

// Deleting entries during iteration: deleted entries are not produced later.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, k^1)
	}
	println(len(m), seen <= 100, seen >= 50)
	m2 := map[int]bool{1: true, 2: true, 3: true}
	for k := range m2 {
		if k%2 == 1 {
			delete(m2, k)
		}
	}
	println(len(m2), m2[2])
}
