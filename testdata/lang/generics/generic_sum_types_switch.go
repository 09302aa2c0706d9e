// run

// Generic functions over union constraints with conversions between element types.
package main

type Integer interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~int
}

func Clamp[T Integer](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func ToInt8[T Integer](xs []T) []int8 {
	out := make([]int8, len(xs))
	for i, x := range xs {
		out[i] = int8(Clamp(x, -128, 127))
	}
	return out
}

func main() {
	for _, v := range ToInt8([]int{-1000, -5, 0, 99, 1000}) {
		print(v, " ")
	}
	println()
	for _, v := range ToInt8([]int16{300, -300, 7}) {
		print(v, " ")
	}
	println()
	println(Clamp[int64](5, 10, 20), Clamp(int32(50), 10, 20))
}
