// run

// Indexing a string yields bytes; slicing shares bytes.
package main

func main() {
	s := "Hello, 世界"
	println(s[0], s[7], s[len(s)-1])
	println(s[:5], s[7:], s[7:10], s[:])
	b := s[1]
	println(b == 'e', string(b))
	t := s[2:4]
	println(t, len(t))
	println(""[0:0] == "", len(s[len(s):]))
}
