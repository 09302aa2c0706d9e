// run

// Composite literal elision for map values and keys.
package main

type P struct{ X, Y int }

func main() {
	m := map[string]P{"a": {1, 2}, "b": {Y: 3}}
	println(m["a"].X, m["b"].Y)
	k := map[P]string{{1, 2}: "one-two", {}: "zero"}
	println(k[P{1, 2}], k[P{0, 0}])
	mp := map[string]*P{"p": {5, 6}}
	println(mp["p"].Y)
	ms := map[int][]string{1: {"a", "b"}, 2: nil}
	println(len(ms[1]), ms[2] == nil, len(ms))
}
