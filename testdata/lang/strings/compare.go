// run

// String comparison is bytewise lexicographic.
package main

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	pairs := [][2]string{
		{"a", "b"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"}, {"", ""},
		{"Z", "a"}, {"é", "z"}, {"hello", "hello"}, {"a\x00", "a"},
	}
	for _, p := range pairs {
		println(p[0], p[1], cmp(p[0], p[1]), p[0] == p[1], p[0] != p[1], p[0] <= p[1], p[0] >= p[1])
	}
}
