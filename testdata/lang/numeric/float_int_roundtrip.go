// run

// Conversions between float32, float64 and integers of every width.
package main

func main() {
	vals := []float64{0, 1.9, -1.9, 127.5, -128.5, 255.5, 65535.9, 2e9}
	for _, v := range vals {
		f32 := float32(v)
		println(v, f32, int32(v), int64(f32), uint16(int32(v)))
	}
	var i int64 = 123456789
	println(float32(i), float64(float32(i)), int64(float32(i)))
	var u uint8 = 255
	println(float32(u)/2, float64(u)*1.5)
}
