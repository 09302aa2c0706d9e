// run

// Counting words and printing counts sorted by count then word.
package main

type kv struct {
	k string
	v int
}

func main() {
	text := "the cat sat on the mat the cat ran and the dog sat"
	counts := map[string]int{}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			if i > start {
				counts[text[start:i]]++
			}
			start = i + 1
		}
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0; j-- {
			a, b := list[j-1], list[j]
			if a.v < b.v || (a.v == b.v && a.k > b.k) {
				list[j-1], list[j] = b, a
			}
		}
	}
	for _, e := range list {
		println(e.k, e.v)
	}
}
