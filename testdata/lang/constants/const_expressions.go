// run

// Constant expressions: shifts, comparisons, string concatenation, len of arrays.
package main

const (
	Prefix = "go"
	Name   = Prefix + "build"
	Size   = len(Name)
	Bits   = Size << 3
	Max    = 1<<Size - 1
	IsBig  = Size > 5
	Mask   = ^uint8(0)
	Neg    = -(1 << 10)
)

var arr [Size * 2]int

const ArrLen = len(arr)

func main() {
	println(Name, Size, Bits, Max, IsBig)
	println(Mask, Neg, ArrLen, len([3]int{}))
	const c = 'a' * 2
	println(c)
	const half = 1 / 2
	const halfF = 1 / 2.0
	println(half, halfF)
	const q, r = 17 / 5, 17 % 5
	println(q, r, -17/5, -17%5)
}
