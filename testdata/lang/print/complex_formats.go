// run

// println of complex numbers.
package main

func main() {
	println(1i, -1i, complex(0, 0), complex(1.5, -2.5))
	var zero float64
	println(complex(zero/zero, 1/zero))
	var c64 complex64 = complex(float32(0.1), float32(-0.1))
	println(c64)
}
