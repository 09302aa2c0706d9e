// run

// Arbitrary-precision decimal arithmetic on slices of digits:
// factorials, powers of two and Fibonacci numbers beyond 64 bits.
package main

// A number is its decimal digits, least significant first.
type Big []uint8

func fromInt(v uint64) Big {
	if v == 0 {
		return Big{0}
	}
	var b Big
	for v > 0 {
		b = append(b, uint8(v%10))
		v /= 10
	}
	return b
}

func add(a, b Big) Big {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Big, 0, len(a)+1)
	var carry uint8
	for i := 0; i < len(a); i++ {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%10)
		carry = s / 10
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func mulSmall(a Big, m uint32) Big {
	out := make(Big, 0, len(a)+10)
	var carry uint32
	for _, d := range a {
		p := uint32(d)*m + carry
		out = append(out, uint8(p%10))
		carry = p / 10
	}
	for carry > 0 {
		out = append(out, uint8(carry%10))
		carry /= 10
	}
	return out
}

func str(b Big) string {
	s := make([]byte, len(b))
	for i, d := range b {
		s[len(b)-1-i] = '0' + d
	}
	return string(s)
}

func digitSum(b Big) int {
	s := 0
	for _, d := range b {
		s += int(d)
	}
	return s
}

func main() {
	f := fromInt(1)
	for i := uint32(1); i <= 50; i++ {
		f = mulSmall(f, i)
		if i == 20 || i == 25 || i == 50 {
			println(i, "! =", str(f))
		}
	}
	println("digits of 50!:", len(f), "digit sum:", digitSum(f))

	p := fromInt(1)
	for i := 0; i < 128; i++ {
		p = add(p, p)
	}
	println("2^128 =", str(p))

	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 150; i++ {
		a, b = b, add(a, b)
	}
	println("fib(150) =", str(a))

	println(str(fromInt(18446744073709551615)), str(add(fromInt(18446744073709551615), fromInt(1))))
	println(str(fromInt(0)), str(mulSmall(fromInt(12345), 0)))
}
