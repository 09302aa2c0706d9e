// run

// Comparing strings, runes and bytes; string(rune) versus string(byte slice).
package main

func main() {
	s := "é"
	println(s == string('é'), s == string(rune(233)), s == string([]byte{0xc3, 0xa9}))
	println(len(string('é')), len(string(byte(233))), string(byte(233)) == string(rune(233)))
	println(string([]rune{0x48, 0x69}), string([]byte{0x48, 0x69}))
	println("abc"[1] == 'b', "abc" < "abd", "Z" < "a", "é" > "z")
}
