// run

// Arbitrary-precision unsigned and signed integers on []uint32 limbs: add, sub, mul, divmod, power, factorial, printing.
package main

type Nat []uint32 // little-endian base 2^32, no leading zero limbs

func (z Nat) norm() Nat {
	for len(z) > 0 && z[len(z)-1] == 0 {
		z = z[:len(z)-1]
	}
	return z
}

func NatOf(v uint64) Nat { return Nat{uint32(v), uint32(v >> 32)}.norm() }

func (x Nat) Cmp(y Nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (x Nat) Add(y Nat) Nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(Nat, len(x)+1)
	var carry uint64
	for i := range x {
		s := uint64(x[i]) + carry
		if i < len(y) {
			s += uint64(y[i])
		}
		z[i] = uint32(s)
		carry = s >> 32
	}
	z[len(x)] = uint32(carry)
	return z.norm()
}

// Sub requires x >= y.
func (x Nat) Sub(y Nat) Nat {
	z := make(Nat, len(x))
	var borrow int64
	for i := range x {
		d := int64(x[i]) - borrow
		if i < len(y) {
			d -= int64(y[i])
		}
		borrow = 0
		if d < 0 {
			d += 1 << 32
			borrow = 1
		}
		z[i] = uint32(d)
	}
	if borrow != 0 {
		panic("Nat.Sub: negative result")
	}
	return z.norm()
}

func (x Nat) Mul(y Nat) Nat {
	if len(x) == 0 || len(y) == 0 {
		return nil
	}
	z := make(Nat, len(x)+len(y))
	for i, xi := range x {
		var carry uint64
		for j, yj := range y {
			t := uint64(xi)*uint64(yj) + uint64(z[i+j]) + carry
			z[i+j] = uint32(t)
			carry = t >> 32
		}
		z[i+len(y)] = uint32(carry)
	}
	return z.norm()
}

// DivSmall divides by a single limb and returns quotient and remainder.
func (x Nat) DivSmall(d uint32) (Nat, uint32) {
	if d == 0 {
		panic("Nat.DivSmall: division by zero")
	}
	q := make(Nat, len(x))
	var r uint64
	for i := len(x) - 1; i >= 0; i-- {
		cur := r<<32 | uint64(x[i])
		q[i] = uint32(cur / uint64(d))
		r = cur % uint64(d)
	}
	return q.norm(), uint32(r)
}

func (x Nat) Shl1() Nat { return x.Add(x) }

// DivMod by long division on bits (slow but simple).
func (x Nat) DivMod(y Nat) (Nat, Nat) {
	if len(y) == 0 {
		panic("Nat.DivMod: division by zero")
	}
	var q, r Nat
	for i := len(x)*32 - 1; i >= 0; i-- {
		r = r.Shl1()
		if x[i/32]>>(uint(i)%32)&1 == 1 {
			r = r.Add(Nat{1})
		}
		q = q.Shl1()
		if r.Cmp(y) >= 0 {
			r = r.Sub(y)
			q = q.Add(Nat{1})
		}
	}
	return q, r
}

func (x Nat) String() string {
	if len(x) == 0 {
		return "0"
	}
	var digits []byte
	for len(x) > 0 {
		var r uint32
		x, r = x.DivSmall(1000000000)
		for k := 0; k < 9; k++ {
			digits = append(digits, byte('0'+r%10))
			r /= 10
			if len(x) == 0 && r == 0 {
				break
			}
		}
	}
	for i, j := 0, len(digits)-1; i < j; i, j = i+1, j-1 {
		digits[i], digits[j] = digits[j], digits[i]
	}
	return string(digits)
}

func Parse(s string) Nat {
	var z Nat
	ten := Nat{10}
	for _, c := range s {
		if c < '0' || c > '9' {
			panic("Parse: bad digit " + string(c))
		}
		z = z.Mul(ten).Add(Nat{uint32(c - '0')})
	}
	return z
}

func (x Nat) Pow(n int) Nat {
	result := Nat{1}
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(x)
		}
		x = x.Mul(x)
		n >>= 1
	}
	return result
}

// Int is a signed big integer.
type Int struct {
	neg bool
	abs Nat
}

func (a Int) Add(b Int) Int {
	if a.neg == b.neg {
		return Int{a.neg, a.abs.Add(b.abs)}
	}
	if a.abs.Cmp(b.abs) >= 0 {
		r := a.abs.Sub(b.abs)
		return Int{a.neg && len(r) > 0, r}
	}
	return Int{b.neg, b.abs.Sub(a.abs)}
}

func (a Int) Neg() Int {
	if len(a.abs) == 0 {
		return a
	}
	return Int{!a.neg, a.abs}
}
func (a Int) Sub(b Int) Int { return a.Add(b.Neg()) }
func (a Int) Mul(b Int) Int {
	r := a.abs.Mul(b.abs)
	return Int{a.neg != b.neg && len(r) > 0, r}
}
func (a Int) String() string {
	if a.neg {
		return "-" + a.abs.String()
	}
	return a.abs.String()
}

func factorial(n int) Nat {
	r := Nat{1}
	for i := 2; i <= n; i++ {
		r = r.Mul(NatOf(uint64(i)))
	}
	return r
}

func fib(n int) Nat {
	a, b := Nat(nil), Nat{1}
	for i := 0; i < n; i++ {
		a, b = b, a.Add(b)
	}
	return a
}

func digitSum(x Nat) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	println(NatOf(0).String(), NatOf(1<<32).String(), NatOf(18446744073709551615).String())
	println("30! =", factorial(30).String())
	println("100! digit sum", digitSum(factorial(100)), "digits", len(factorial(100).String()))
	println("fib(300) =", fib(300).String())
	two := Nat{2}
	println("2^200 =", two.Pow(200).String())
	a := Parse("123456789012345678901234567890")
	b := Parse("987654321098765432109876543210")
	println("a+b =", a.Add(b).String())
	println("b-a =", b.Sub(a).String())
	println("a*b =", a.Mul(b).String())
	q, r := b.DivMod(a)
	println("b/a =", q.String(), "rem", r.String())
	check := q.Mul(a).Add(r)
	println("check", check.Cmp(b) == 0)
	x := Int{false, Parse("1000")}
	y := Int{true, Parse("2500")}
	println(x.Add(y).String(), x.Sub(y).String(), x.Mul(y).String(), y.Mul(y).String(), x.Add(x.Neg()).String())
	for _, f := range []func(){
		func() { Nat{1}.Sub(Nat{2}) },
		func() { Nat{1}.DivMod(nil) },
		func() { Parse("12x") },
	} {
		func() {
			defer func() { println("recovered:", recover().(string)) }()
			f()
		}()
	}
	m := Parse("1000000007")
	acc := Nat{1}
	base := Nat{3}
	for i := 0; i < 64; i++ {
		acc = acc.Mul(base)
		_, acc = acc.DivMod(m)
	}
	println("3^64 mod 1e9+7 =", acc.String())
}
