// run

// Integer to float conversion, including precision loss.
package main

func main() {
	var big int64 = 1<<53 + 1
	println(float64(big), float32(big))
	var u uint64 = 1<<64 - 1
	println(float64(u), float32(u))
	var m int64 = -1 << 63
	println(float64(m))
	for _, i := range []int{0, 1, -1, 123456789, 16777217} {
		println(i, float32(i), float64(i))
	}
	var b byte = 200
	println(float64(b) / 3)
}
