// run

// Float to integer conversion truncates toward zero.
package main

func main() {
	fs := []float64{0.5, 1.5, 2.999, -0.5, -1.5, -2.999, 1e9 + 0.75, -1e9 - 0.25, 2147483647.9}
	for _, f := range fs {
		println(f, int(f), int32(f), int64(f))
	}
	var f32 float32 = 16777217
	println(f32, int(f32))
	f1, f2 := 255.9, float32(-128.7)
	println(uint8(f1), int8(f2))
	f3 := float64(1 << 63)
	println(uint64(f3))
}
