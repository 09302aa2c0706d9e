// run

// Many insertions and deletions keep lookups correct.
package main

func main() {
	m := make(map[int]int, 10)
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	println(len(m))
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	bad := 0
	for i := 0; i < 100000; i++ {
		v, ok := m[i*7]
		if ok != (i%2 == 1) || (ok && v != i) {
			bad++
		}
	}
	println("bad:", bad)
	sum := 0
	for k, v := range m {
		sum += k - 7*v
	}
	println(sum)
}
