// run

// Iterating strings: by byte, by rune with index, and counting with utf8 rules by hand.
package main

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func lastRune(s string) (rune, int) {
	var last rune
	pos := -1
	for i, r := range s {
		last, pos = r, i
	}
	return last, pos
}

func main() {
	for _, s := range []string{"", "abc", "héllo", "日本", "a\x80b", "🙂🙃"} {
		r, p := lastRune(s)
		println(len(s), runeCount(s), r, p)
	}
}
