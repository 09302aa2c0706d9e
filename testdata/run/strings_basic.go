// run

// Strings: concatenation, len, indexing bytes, slicing, comparison.
package main

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func reverse(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		b[len(s)-1-i] = s[i]
	}
	return string(b)
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func compare(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	s := "Hello, " + "World"
	println(s, len(s))
	println(s[0], s[7], s[len(s)-1])
	println(s[:5], s[7:], s[3:9], s[:], s[5:5] == "")
	t := s
	t += "!"
	println(s, t)
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	println(reverse("stressed"), reverse(""))
	println(hasPrefix("gobuild", "go"), hasPrefix("go", "gobuild"))
	println(index("the quick brown fox", "brown"), index("abc", "d"), index("aaa", ""))
	println(count("mississippi", 's'), count("", 'x'))

	words := []string{"banana", "apple", "cherry", "app", "", "Banana", "apple"}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		println(a, b, compare(a, b), a == b, a != b, a <= b, a >= b)
	}

	// Strings are values: slicing shares, but never mutates.
	base := "abcdef"
	sub := base[2:4]
	base = "zzz"
	println(sub, base)

	// Non-ASCII bytes.
	u := "héllo"
	println(len(u), u[1], u[2], u[1:3] == "é")

	// Concatenation of many parts in one expression.
	a, b, c, d := "1", "22", "333", "4444"
	all := a + "-" + b + "-" + c + "-" + d + "-" + a + b + c + d
	println(all, len(all))

	// Empty strings.
	var e string
	println(e == "", len(e), e+e == "", "x"+e == "x")
	// Comparison of strings sharing prefixes.
	println("abc" < "abd", "ab" < "abc", "abc" < "ab", "Z" < "a")
	byteStr := []byte("bytes")
	byteStr[0] = 'B'
	println(string(byteStr), string(byteStr[1:3]))
}
