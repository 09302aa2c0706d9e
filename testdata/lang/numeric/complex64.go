// run

// complex64 values, conversion to complex128.
package main

func main() {
	var a complex64 = complex(1.5, -2.25)
	var b complex64 = 2i
	println(a, b, a*b)
	println(real(a), imag(a))
	c := complex128(a)
	println(c, c*c)
	var f float32 = 0.1
	d := complex(f, f)
	println(d, real(d)+imag(d))
}
