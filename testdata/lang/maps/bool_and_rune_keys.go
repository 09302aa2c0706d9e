// run

// Keys of bool, rune, byte, int8 and pointer types.
package main

type node struct{ id int }

func main() {
	b := map[bool]int{}
	b[true]++
	b[false]--
	b[1 > 0]++
	println(b[true], b[false], len(b))
	freq := map[rune]int{}
	for _, r := range "hello, wörld" {
		freq[r]++
	}
	println(freq['l'], freq['ö'], freq['o'], len(freq))
	i8 := map[int8]string{-128: "min", 127: "max"}
	println(i8[-128], i8[127])
	n1, n2 := &node{1}, &node{1}
	pm := map[*node]int{n1: 1, n2: 2}
	println(len(pm), pm[n1], pm[n2])
}
