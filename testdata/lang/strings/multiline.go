// run

// Raw strings, escapes and multi-line literals.
package main

func main() {
	raw := `line1
	line2\n "quoted"`
	println(raw)
	println(len(raw))
	esc := "tab\there\\ \"q\" \a\b\f\v\r\x7f\u00e9\U0001F600\101\x41"
	println(len(esc))
	for i := 0; i < len(esc); i++ {
		print(esc[i], " ")
	}
	println()
	println(`\n` == "\\n")
}
