package main

type Z struct {
	c    complex128
	name string
}

func mul(a, b complex128) complex128 { return a * b }

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	c := a*b + a/b - 2*a
	println(int(real(c)*1000), int(imag(c)*1000))
	d := mul(a, a)
	println(int(real(d)), int(imag(d)), a == complex(1, 2), a != b)
	var f complex64 = complex64(a)
	f *= 2
	println(int(real(f)), int(imag(f)))
	z1 := Z{1 + 1i, "z"}
	z2 := z1
	println(z1 == z2)
	z2.c = -z2.c
	println(z1 == z2, int(real(z2.c)))
	m := map[complex128]int{1i: 5}
	m[1i]++
	println(m[1i])
	var e any = 2i
	println(e == any(2i), e == any(2.0))
}
