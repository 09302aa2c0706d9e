// run

// Integer literal forms: hex, octal, binary, underscores, runes.
package main

func main() {
	println(0x1F, 0X1f, 0o17, 0O17, 017, 0b101, 0B101)
	println(1_000_000, 0x_ff_ff, 0b_1010)
	println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\')
	println(0x1p4, 0x1.8p1, 1_0.5e1_0)
	println(.5, 5., 1e3, 1E-3)
}
