// run

// Rune and byte constants and their arithmetic.
package main

const (
	A    = 'A'
	Z    = 'Z'
	Span = Z - A + 1
	Nl   = '\n'
	Max  = '\U0010FFFF'
)

func main() {
	println(A, Z, Span, Nl, Max)
	var b byte = A + 2
	var r rune = Max
	println(b, string(rune(b)), r)
	for c := A; c < A+5; c++ {
		print(string(c))
	}
	println()
	const lower = A | 0x20
	println(string(rune(lower)))
}
