// run

// complex arithmetic identities and real/imag extraction of every complex type.
package main

func main() {
	var c64 complex64 = 3 + 4i
	var c128 complex128 = complex128(c64)
	println(real(c64)*real(c64)+imag(c64)*imag(c64), real(c128), imag(c128))
	conj := complex(real(c128), -imag(c128))
	println(c128*conj, c128/c128, c128-c128)
	z := complex(0.5, 0.5)
	p := complex(1, 0)
	for i := 0; i < 4; i++ {
		p *= z
		println(i, p)
	}
	println(c64 == complex64(c128), -c64)
}
