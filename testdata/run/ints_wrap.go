// run

// Integer arithmetic wraps around at every width; constants are exact.
package main

func main() {
	var a int8 = 127
	a++
	println("int8 127+1 =", a)
	a = -128
	a--
	println("int8 -128-1 =", a)
	a = -128
	a = -a
	println("int8 -(-128) =", a)
	var b uint8 = 255
	b++
	println("uint8 255+1 =", b)
	b = 0
	b--
	println("uint8 0-1 =", b)
	var c int16 = 32767
	c += 10
	println("int16 32767+10 =", c)
	var d uint16 = 300
	d *= 300
	println("uint16 300*300 =", d)
	var e int32 = 2147483647
	e *= 2
	println("int32 max*2 =", e)
	var f uint32 = 1 << 31
	f *= 2
	println("uint32 2^31*2 =", f)
	var g int64 = 9223372036854775807
	g++
	println("int64 max+1 =", g)
	var h uint64 = 1 << 63
	h += h
	println("uint64 2^63+2^63 =", h)
	var i int = -9223372036854775808
	i = i - 1
	println("int min-1 =", i)
	var j uint = 3
	j -= 5
	println("uint 3-5 =", j)

	// Multiplication keeps the low bits.
	var m8 int8 = 100
	println("int8 100*3 =", m8*3)
	var m32 uint32 = 0xdeadbeef
	println("uint32 0xdeadbeef*0x10001 =", m32*0x10001)
	var m64 uint64 = 0x9e3779b97f4a7c15
	println("uint64 golden*golden =", m64*m64)

	// Unary operators.
	var x int16 = 0x00ff
	println("^x =", ^x, "-x =", -x, "+x =", +x)
	var y uint8 = 0x0f
	println("^y =", ^y)

	// Bitwise operators.
	var p, q uint16 = 0xf0f0, 0xff00
	println(p&q, p|q, p^q, p&^q)
	var r, s int32 = -8, 3
	println(r&s, r|s, r^s, r&^s)

	// Counting until overflow.
	var n uint8
	steps := 0
	for {
		n += 7
		steps++
		if n < 7 {
			break
		}
	}
	println("uint8 wrapped after", steps, "steps at", n)
}
