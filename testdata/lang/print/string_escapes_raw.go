// run

// println writes string bytes raw, including invalid UTF-8 and control bytes.
package main

func main() {
	println("tab\tsep", "nul\x00byte")
	println("bad\xffutf8")
	println("日本語", "emoji 😀")
	b := []byte{0xe2, 0x82, 0xac}
	println(string(b))
}
