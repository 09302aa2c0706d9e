// run

// Maps holding slices, maps and structs; updates through values.
package main

type Account struct {
	Owner   string
	Balance int
}

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	for _, k := range []string{"a", "b", "c", "d"} {
		println(k, len(groups[k]))
		for _, w := range groups[k] {
			println("  ", w)
		}
	}
	nested := map[string]map[string]int{}
	for _, w := range words {
		if nested[w[:1]] == nil {
			nested[w[:1]] = map[string]int{}
		}
		nested[w[:1]][w]++
	}
	println(len(nested), nested["a"]["apple"], nested["z"]["x"])
	accts := map[int]Account{1: {"ann", 10}}
	a := accts[1]
	a.Balance += 5
	accts[1] = a
	println(accts[1].Owner, accts[1].Balance)
	ptrs := map[int]*Account{1: {"bob", 1}}
	ptrs[1].Balance *= 100
	println(ptrs[1].Balance)
}
