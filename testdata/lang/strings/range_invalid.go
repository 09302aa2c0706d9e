// run

// Invalid UTF-8 bytes decode as U+FFFD, one byte at a time.
package main

func main() {
	s := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80\xc0\xaf"
	for i, r := range s {
		println(i, r)
	}
	rs := []rune(s)
	println(len(rs))
	for _, r := range rs {
		print(r, " ")
	}
	println()
	// surrogate halves and out-of-range code points are invalid too
	t := "\xed\xa0\x80\xf4\x90\x80\x80"
	for i, r := range t {
		println(i, r)
	}
}
