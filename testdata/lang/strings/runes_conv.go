// run

// Conversions between string and []rune; string(rune) and invalid runes.
package main

func main() {
	s := "añb世"
	r := []rune(s)
	println(len(s), len(r))
	for i, c := range r {
		println(i, c)
	}
	r[1] = 'n'
	println(string(r))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	println(len(string(rune(-1))))
	var none []rune
	println(string(none) == "")
}
