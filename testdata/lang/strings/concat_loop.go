// run

// Building strings by concatenation in loops.
package main

func main() {
	s := ""
	for i := 0; i < 26; i++ {
		s += string(rune('a' + i))
	}
	println(s, len(s))
	t := ""
	for i := 0; i < 10000; i++ {
		t += "xy"
	}
	println(len(t), t[19998:])
	u := "a" + "b" + s[:3] + "c" + s[23:]
	println(u)
	v := s
	v += "!"
	println(s[25:], v[25:])
}
