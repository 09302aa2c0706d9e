// run

// iota in const blocks: skipping, expressions, typed constants.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x = "str"
	y
	z = iota
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB, TB)
	println(A, B, C, D, E, F)
	println(x, y, z)
	println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagD)
}
