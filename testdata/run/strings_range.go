// run

// Ranging over strings yields runes and their byte offsets.
package main

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	s := "aé€😀z"
	println(len(s), runeCount(s))
	for i, r := range s {
		println(i, r)
	}
	for i := range s {
		print(i, " ")
	}
	println()
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()

	// Invalid UTF-8 yields U+FFFD one byte at a time.
	bad := "a\xffb\xe2\x82"
	for i, r := range bad {
		println("bad", i, r)
	}
	println(runeCount(bad))

	// A range over an empty string does nothing.
	for i, r := range "" {
		println("never", i, r)
	}

	// Count vowels using runes.
	text := "Ünïcödé vowels are fun"
	vowels := 0
	for _, r := range text {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'ï', 'ö', 'é', 'Ü':
			vowels++
		}
	}
	println("vowels:", vowels)

	// Encode runes by hand and decode them again with range.
	var buf []byte
	for _, r := range []rune{0x24, 0xa2, 0x20ac, 0x10348} {
		buf = appendRune(buf, r)
	}
	enc := string(buf)
	println(len(enc))
	for i, r := range enc {
		println(i, r)
	}
}

func appendRune(b []byte, r rune) []byte {
	switch {
	case r < 0x80:
		return append(b, byte(r))
	case r < 0x800:
		return append(b, byte(0xc0|r>>6), byte(0x80|r&0x3f))
	case r < 0x10000:
		return append(b, byte(0xe0|r>>12), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	default:
		return append(b, byte(0xf0|r>>18), byte(0x80|(r>>12)&0x3f), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
}
