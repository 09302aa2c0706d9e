// run

// Insert, lookup with comma-ok, delete, len; keys printed in sorted order.
package main

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] = 11
	println(len(m), m["one"], m["missing"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["zero"]
	println(v, ok)
	delete(m, "two")
	delete(m, "nothing")
	println(len(m))
	for _, k := range sortedKeys(m) {
		println(k, m[k])
	}
	m["x"]++
	m["x"] += 5
	println(m["x"])
}
