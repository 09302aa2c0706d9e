package main

func rev(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	s := "a\xffé€𝄞z\xe2\x82"
	for i, r := range s {
		println(i, r)
	}
	for i := range s {
		print(i, " ")
	}
	println()
	n := 0
	for range s {
		n++
	}
	println(n, len(s))
	words := []string{"pear", "apple", "fig", "apple"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	println(words[0], words[1], words[2], words[3], words[0] == words[1], words[1] != words[2], "b" > "abc", "" < "a", "ab" <= "ab")
	println(rev("hello, world"), string(rune(65)), string(rune(0x20ac)), string(rune(-1)))
	t := ""
	for i := 0; i < 5; i++ {
		t += string(rune('a' + i))
	}
	println(t, t[1:], t[:2], t[2:4], len(t[5:]))
	bs := []byte("xyz")
	bs = append(bs, "123"...)
	println(string(bs), string(bs[2:4]))
	switch t {
	case "abc":
		println("no")
	case "abcde":
		println("yes")
	}
}
