// run

// Untyped float constants converting to integers when exact.
package main

const F = 3.0
const G = 1e3

func main() {
	var i int = F
	var j int64 = G
	var k uint8 = 'z' - 'a'
	println(i, j, k)
	x := 7
	println(x*F, float64(x)*1.5)
	const h = 2.5 * 4
	var m int = h
	println(m)
	var b = 1 << 3.0
	println(b)
}
