// run

// Extreme values of every integer type, written as constants.
package main

const (
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func main() {
	println(MaxInt8, MinInt8, MaxInt16, MinInt16)
	println(MaxInt32, MinInt32)
	println(MaxInt64, MinInt64)
	println(MaxUint8, MaxUint16, MaxUint32)
	println(uint64(MaxUint64))
	var a int8 = MaxInt8
	var b int64 = MinInt64
	a++
	b--
	println(a, b)
	println(MaxUint64/MaxUint32, MaxInt64%MaxInt32)
}
