// run

// Untyped constants with arbitrary precision, iota, typed constants.
package main

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	A1 = iota * 10
	_
	A3
	A4, B4 = iota, -iota
	A5, B5
)

const (
	flagRead = 1 << iota
	flagWrite
	flagExec
	flagAll = flagRead | flagWrite | flagExec
)

// Intermediate values far beyond 64 bits are fine as long as the
// final value fits its type.
const huge = 1 << 200
const back = huge >> 195
const ratio = huge / (1 << 190)
const mixed = (huge*3 - huge*2) >> 199
const maxU64 = 1<<64 - 1
const minI64 = -1 << 63

const greeting = "hello" + ", " + "constants"
const greetLen = len(greeting)
const isBig = huge > maxU64
const typed int32 = 1 << 20

const (
	c1 = 'a'
	c2 = c1 + 1
	c3 = c2 * 2
)

func weekend(d Weekday) bool {
	return d == Saturday || d == Sunday
}

func main() {
	println(KB, MB, GB, TB, PB, EB)
	println(Sunday, Monday, Saturday, weekend(Saturday), weekend(Wednesday))
	println(A1, A3, A4, B4, A5, B5)
	println(flagRead, flagWrite, flagExec, flagAll)
	println(back, ratio, mixed)
	var u uint64 = maxU64
	var i int64 = minI64
	println(u, i)
	println(greeting, greetLen, isBig)
	println(typed, typed*2)
	println(c1, c2, c3)
	var r rune = c3
	var b byte = c2
	println(r, b)
	const local = 7
	var i8 int8 = local * 18
	var u16 uint16 = local << 13
	println(i8, u16)
	println(0x10, 0o17, 017, 0b101, 1_000_000, 0x_ff)
	println('\n', '\x41', '\u00e9', '\377', '\'')
	println(maxU64/3 == 6148914691236517205, minI64+1 < 0)
	var d Weekday = Friday
	d++
	println(d == Saturday, int(d))
}
