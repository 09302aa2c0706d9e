// run

// Deleting every key during range leaves an empty map; re-adding afterwards works.
package main

func main() {
	m := map[string]int{}
	for i := 0; i < 50; i++ {
		m[string(rune('A'+i%26))+string(rune('a'+i/26))] = i
	}
	println(len(m))
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	println(len(m), n)
	m["again"] = 1
	println(len(m), m["again"])
}
