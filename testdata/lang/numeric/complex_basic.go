// run

// complex128 arithmetic and printing.
package main

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	println(a, b)
	println(a+b, a-b, a*b, a/b)
	println(real(a*b), imag(a*b))
	var c complex128
	println(c, c == 0)
	println(a == complex(1, 2), a != b)
	i := 1i
	println(i*i, -i)
}
