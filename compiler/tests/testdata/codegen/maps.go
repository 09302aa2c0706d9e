package main

type Point struct{ X, Y int }

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 0; i < len(ks); i++ {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	m["c"]++
	println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	v2, ok2 := m["nope"]
	println(v, ok, v2, ok2)
	delete(m, "b")
	delete(m, "nope")
	_, ok = m["b"]
	println(len(m), ok)
	words := []string{"x", "y", "x", "z", "x", "y"}
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	for _, k := range sortedKeys(counts) {
		println(k, counts[k])
	}
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i*7] = i
	}
	sum := 0
	for k, v := range big {
		sum += k - v
	}
	println(len(big), big[693], sum)
	pts := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	pts[Point{5, 6}] = "c"
	println(pts[Point{3, 4}], len(pts), pts[Point{9, 9}] == "")
	var nilm map[string]bool
	println(nilm == nil, len(nilm), nilm["x"])
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["a"] = append(nested["a"], 3)
	println(len(nested["a"]), nested["a"][2])
	fm := map[float64]int{0.5: 1}
	fm[0.5]++
	println(fm[0.5])
	type S struct {
		m map[int]string
	}
	s := S{m: map[int]string{1: "one"}}
	s.m[2] = "two"
	println(s.m[1], s.m[2], len(s.m))
	for k := range big {
		if k%2 == 0 {
			delete(big, k)
		}
	}
	println(len(big))
	clear(big)
	println(len(big))
	iface := map[string]any{"n": 1, "s": "str"}
	println(iface["n"] == 1, iface["s"] == "str", iface["q"] == nil)
	var mm map[int]int
	mm[1] = 2
}
