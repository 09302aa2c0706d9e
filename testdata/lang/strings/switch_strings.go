// run

// switch on strings and string keys.
package main

func kind(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "e", "i", "o", "u":
		return "vowel"
	case "hello":
		return "greeting"
	}
	if len(s) > 5 {
		return "long"
	}
	return "other"
}

func main() {
	for _, s := range []string{"", "a", "u", "hello", "b", "elephant"} {
		println(s, kind(s))
	}
}
