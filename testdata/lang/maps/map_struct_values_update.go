// run

// Map values are not addressable: update via copy and reassign, or via pointers.
package main

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	byName := map[string]Stats{}
	data := []struct {
		name string
		v    float64
	}{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"a", 5}}
	for _, d := range data {
		s := byName[d.name]
		s.Count++
		s.Sum += d.v
		byName[d.name] = s
	}
	for _, k := range []string{"a", "b", "c", "z"} {
		s := byName[k]
		println(k, s.Count, s.Sum)
	}
	ptrs := map[string]*Stats{}
	for _, d := range data {
		if ptrs[d.name] == nil {
			ptrs[d.name] = &Stats{}
		}
		ptrs[d.name].Count++
	}
	println(ptrs["a"].Count, len(ptrs))
}
