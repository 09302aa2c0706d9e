// run

// Converting an integer to string gives the rune, not the decimal.
package main

func main() {
	var i int = 65
	var b byte = 'z'
	var r int32 = 0x263A
	println(string(rune(i)), string(b), string(r))
	var big int64 = 0x10FFFF
	println(len(string(rune(big))))
	println(string(rune(big + 1)) == "\uFFFD")
}
