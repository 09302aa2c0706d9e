// run

// Untyped constant arithmetic is exact; results fit at use.
package main

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
)

func main() {
	println(Small, Big/Big, Big%7)
	println(Third*3 == 1, Third)
	println(Huge)
	const x = 'a' + 1
	println(x, string(rune(x)))
	const f = 5 / 2
	const g = 5 / 2.0
	println(f, g)
	var i8 int8 = Big >> 94
	println(i8)
}
