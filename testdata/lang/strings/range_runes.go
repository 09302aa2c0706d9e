// run

// range over a string yields byte offsets and runes.
package main

func main() {
	s := "héllo, 世界!"
	for i, r := range s {
		println(i, r, string(r))
	}
	println(len(s))
	n := 0
	for range s {
		n++
	}
	println("runes:", n)
}
