// run

// Maps are references: assignment and calls share the table.
package main

func fill(m map[string]int) {
	m["filled"] = 1
}

func replace(m map[string]int) {
	m = map[string]int{"new": 1}
	_ = m
}

func main() {
	a := map[string]int{}
	b := a
	b["x"] = 5
	fill(a)
	replace(a)
	println(len(a), a["x"], a["filled"], a["new"])
	var c map[string]int
	println(c == nil)
	c = make(map[string]int)
	println(c != nil, len(c))
}
