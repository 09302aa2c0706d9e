// run

// Complex division by zero gives Inf/NaN parts; no panic.
package main

func main() {
	var z complex128
	a := complex(1, 1)
	q := a / z
	println(q)
	var zero float64
	nan := zero / zero
	n := complex(nan, 0)
	println(n == n, real(n) == real(n))
	inf := complex(1/zero, 0)
	println(inf, inf*2)
}
