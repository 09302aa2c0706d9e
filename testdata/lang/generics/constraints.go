// run

// Constraints with type sets, ~ underlying types and methods.
package main

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	String() string
}

type Celsius int

func (c Celsius) String() string { return "C" + itoa(int(c)) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func Gcd[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Describe[T StringableInt](xs []T) string {
	out := ""
	total := 0
	for _, x := range xs {
		out += x.String() + " "
		total += int(x)
	}
	return out + "total " + itoa(total)
}

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func main() {
	println(Gcd(48, 18), Gcd(uint8(200), 150), Gcd[int64](-12, 8))
	println(Describe([]Celsius{10, -5, 20}))
	println(Join([]Celsius{1, 2, 3}, ", "))
}
