package runtime

import "unsafe"

// Printing floating-point numbers. Since Go 1.27, print and println format
// a float as strconv.FormatFloat(v, 'g', -1, bitSize) does: the shortest
// decimal that reads back as the same value, in exponent form when the
// decimal exponent is below -4 or at least the precision. The runtime
// cannot import strconv, so the digits come from our own implementation of
// the free-format algorithm of Steele & White as refined by Burger &
// Dybvig: exact big-integer arithmetic on the value's neighbourhood, which
// needs no tables and is correct for every input, if not the fastest.

// bigLimbs bounds the size of the scaled numbers: at most about 2^1140 (a
// float64 mantissa times 10^324 times 10), so 40 limbs of 32 bits suffice.
const bigLimbs = 40

// bignum is a non-negative integer in little-endian 32-bit limbs.
type bignum struct {
	d [bigLimbs]uint32
}

func bigSet(z *bignum, v uint64) {
	for i := 0; i < bigLimbs; i++ {
		z.d[i] = 0
	}
	z.d[0] = uint32(v)
	z.d[1] = uint32(v >> 32)
}

func bigCopy(z, x *bignum) {
	for i := 0; i < bigLimbs; i++ {
		z.d[i] = x.d[i]
	}
}

// bigShl sets z = z << n.
func bigShl(z *bignum, n int) {
	words := n / 32
	bits := uint(n % 32)
	for i := bigLimbs - 1; i >= 0; i-- {
		var v uint32
		if j := i - words; j >= 0 {
			v = z.d[j] << bits
			if bits != 0 && j > 0 {
				v |= z.d[j-1] >> (32 - bits)
			}
		}
		z.d[i] = v
	}
}

// bigMul sets z = z * m.
func bigMul(z *bignum, m uint32) {
	var carry uint64
	for i := 0; i < bigLimbs; i++ {
		t := uint64(z.d[i])*uint64(m) + carry
		z.d[i] = uint32(t)
		carry = t >> 32
	}
}

// bigMulPow10 sets z = z * 10^n.
func bigMulPow10(z *bignum, n int) {
	for n >= 9 {
		bigMul(z, 1000000000)
		n -= 9
	}
	p := uint32(1)
	for ; n > 0; n-- {
		p *= 10
	}
	bigMul(z, p)
}

// bigAdd sets z = x + y.
func bigAdd(z, x, y *bignum) {
	var carry uint64
	for i := 0; i < bigLimbs; i++ {
		t := uint64(x.d[i]) + uint64(y.d[i]) + carry
		z.d[i] = uint32(t)
		carry = t >> 32
	}
}

// bigSub sets z = z - x; z must not be less than x.
func bigSub(z, x *bignum) {
	var borrow uint64
	for i := 0; i < bigLimbs; i++ {
		t := uint64(z.d[i]) - uint64(x.d[i]) - borrow
		z.d[i] = uint32(t)
		borrow = (t >> 32) & 1
	}
}

// bigCmp returns -1, 0 or +1 as x is less than, equal to or greater than y.
func bigCmp(x, y *bignum) int {
	for i := bigLimbs - 1; i >= 0; i-- {
		if x.d[i] != y.d[i] {
			if x.d[i] < y.d[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// The state of one conversion. Package variables rather than locals: the
// runtime prints from one place at a time, and the numbers are large.
var (
	fltR, fltS, fltMp, fltMm, fltT bignum
	fltDigits                      [20]byte
	fltBuf                         [48]byte
)

// shortest computes the shortest decimal digits of mant × 2^exp into
// fltDigits and returns their count and the decimal point position dp
// (the value is 0.d1d2... × 10^dp). lowerCloser says the next smaller
// float is closer than the next larger one (mant is a power of two);
// even mantissas accept ties, as round-to-even reading does.
func shortest(mant uint64, exp int, lowerCloser bool) (int, int) {
	r, s, mp, mm, t := &fltR, &fltS, &fltMp, &fltMm, &fltT
	bigSet(r, mant)
	bigSet(s, 1)
	bigSet(mp, 1)
	bigSet(mm, 1)
	// r/s is the value and mp/s, mm/s half the gaps to its neighbours,
	// all scaled by 2 (by 4 when the gaps differ) to stay integral.
	if exp >= 0 {
		if lowerCloser {
			bigShl(r, exp+2)
			bigSet(s, 4)
			bigShl(mp, exp+1)
			bigShl(mm, exp)
		} else {
			bigShl(r, exp+1)
			bigSet(s, 2)
			bigShl(mp, exp)
			bigShl(mm, exp)
		}
	} else {
		if lowerCloser {
			bigShl(r, 2)
			bigShl(s, 2-exp)
			bigSet(mp, 2)
		} else {
			bigShl(r, 1)
			bigShl(s, 1-exp)
		}
	}
	inclusive := mant%2 == 0

	// Estimate k = ceil(log10(value)) from the binary exponent, then fix
	// it up exactly.
	bits := 0
	for m := mant; m != 0; m >>= 1 {
		bits++
	}
	k := int(float64(exp+bits-1)*0.30102999566398114 + 0.99999999)
	if k >= 0 {
		bigMulPow10(s, k)
	} else {
		bigMulPow10(r, -k)
		bigMulPow10(mp, -k)
		bigMulPow10(mm, -k)
	}
	for {
		bigAdd(t, r, mp)
		c := bigCmp(t, s)
		if c > 0 || (c == 0 && inclusive) {
			bigMul(s, 10)
			k++
			continue
		}
		bigMul(t, 10)
		c = bigCmp(t, s)
		if c < 0 || (c == 0 && !inclusive) {
			bigMul(r, 10)
			bigMul(mp, 10)
			bigMul(mm, 10)
			k--
			continue
		}
		break
	}

	n := 0
	for {
		bigMul(r, 10)
		bigMul(mp, 10)
		bigMul(mm, 10)
		d := byte(0)
		for bigCmp(r, s) >= 0 {
			bigSub(r, s)
			d++
		}
		c := bigCmp(r, mm)
		low := c < 0 || (c == 0 && inclusive)
		bigAdd(t, r, mp)
		c = bigCmp(t, s)
		high := c > 0 || (c == 0 && inclusive)
		if !low && !high && n < len(fltDigits)-1 {
			fltDigits[n] = '0' + d
			n++
			continue
		}
		if low && high {
			// Both neighbours' digits are within reach: take the nearer.
			bigCopy(t, r)
			bigShl(t, 1)
			if bigCmp(t, s) >= 0 {
				d++
			}
		} else if high {
			d++
		}
		fltDigits[n] = '0' + d
		n++
		return n, k
	}
}

// formatFloat writes v formatted as %g with the shortest precision for
// its size (mantBits 52 and bias 1023 for float64, 23 and 127 for
// float32) into fltBuf and returns the length.
func formatFloat(bits uint64, mantBits uint, expBits uint, bias int) int {
	neg := bits>>(mantBits+expBits) != 0
	be := int(bits>>mantBits) & (1<<expBits - 1)
	frac := bits & (1<<mantBits - 1)
	if be == 1<<expBits-1 {
		if frac != 0 {
			return putString(0, "NaN")
		}
		if neg {
			return putString(0, "-Inf")
		}
		return putString(0, "+Inf")
	}
	w := 0
	if neg {
		w = putString(w, "-")
	}
	if be == 0 && frac == 0 {
		return putString(w, "0")
	}
	mant := frac
	exp := 1 - bias - int(mantBits)
	if be != 0 {
		mant |= 1 << mantBits
		exp = be - bias - int(mantBits)
	}
	nd, dp := shortest(mant, exp, frac == 0 && be > 1)

	// %g: exponent form when the exponent is below -4 or at least the
	// precision, which for the shortest form is 6 unless all digits are
	// integral digits.
	eprec := 6
	if eprec > nd && nd >= dp {
		eprec = nd
	}
	x := dp - 1
	if x < -4 || x >= eprec {
		fltBuf[w] = fltDigits[0]
		w++
		if nd > 1 {
			fltBuf[w] = '.'
			w++
			for i := 1; i < nd; i++ {
				fltBuf[w] = fltDigits[i]
				w++
			}
		}
		fltBuf[w] = 'e'
		w++
		if x < 0 {
			fltBuf[w] = '-'
			x = -x
		} else {
			fltBuf[w] = '+'
		}
		w++
		if x >= 100 {
			fltBuf[w] = byte('0' + x/100)
			w++
		}
		fltBuf[w] = byte('0' + x/10%10)
		fltBuf[w+1] = byte('0' + x%10)
		return w + 2
	}
	if dp <= 0 {
		w = putString(w, "0.")
		for i := dp; i < 0; i++ {
			fltBuf[w] = '0'
			w++
		}
		for i := 0; i < nd; i++ {
			fltBuf[w] = fltDigits[i]
			w++
		}
		return w
	}
	for i := 0; i < nd || i < dp; i++ {
		if i == dp {
			fltBuf[w] = '.'
			w++
		}
		if i < nd {
			fltBuf[w] = fltDigits[i]
		} else {
			fltBuf[w] = '0'
		}
		w++
	}
	return w
}

// putString copies s into fltBuf at w and returns the new end.
func putString(w int, s string) int {
	for i := 0; i < len(s); i++ {
		fltBuf[w+i] = s[i]
	}
	return w + len(s)
}

// fltBits64 and fltBits32 reinterpret a float's bits; package variables,
// because taking a parameter's address would move it to the heap.
var (
	fltBits64 float64
	fltBits32 float32
)

func float64bits(v float64) uint64 {
	fltBits64 = v
	return *(*uint64)(unsafe.Pointer(&fltBits64))
}

func float32bits(v float32) uint32 {
	fltBits32 = v
	return *(*uint32)(unsafe.Pointer(&fltBits32))
}

func printfloat64(v float64) {
	n := formatFloat(float64bits(v), 52, 11, 1023)
	gwrite(unsafe.Pointer(&fltBuf[0]), n)
}

func printfloat32(v float32) {
	n := formatFloat(uint64(float32bits(v)), 23, 8, 127)
	gwrite(unsafe.Pointer(&fltBuf[0]), n)
}

// printcomplexParts prints (re+imi), the imaginary part always signed, as
// strconv.FormatComplex does.
func printcomplexParts(re, im uint64, mantBits uint, expBits uint, bias int) {
	printstring("(")
	n := formatFloat(re, mantBits, expBits, bias)
	gwrite(unsafe.Pointer(&fltBuf[0]), n)
	n = formatFloat(im, mantBits, expBits, bias)
	if fltBuf[0] != '-' && fltBuf[0] != '+' {
		printstring("+")
	}
	gwrite(unsafe.Pointer(&fltBuf[0]), n)
	printstring("i)")
}

func printcomplex128(c complex128) {
	printcomplexParts(float64bits(real(c)), float64bits(imag(c)), 52, 11, 1023)
}

func printcomplex64(c complex64) {
	printcomplexParts(uint64(float32bits(real(c))), uint64(float32bits(imag(c))), 23, 8, 127)
}
