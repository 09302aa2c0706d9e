// run

// Hand-written string helpers (no imports): index, split, reverse, repeat.
package main

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s, sep string) []string {
	var out []string
	for {
		i := index(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}

func main() {
	println(index("hello world", "wor"), index("abc", "d"), index("", ""))
	parts := split("a,b,,c", ",")
	println(len(parts))
	for _, p := range parts {
		println("[" + p + "]")
	}
	println(reverse("Hello, 世界"))
	println(repeat("ab", 5), repeat("x", 0) == "")
}
