// run

// println of floats: gc's fixed format with 7 significant digits.
package main

func main() {
	vals := []float64{0, 1, -1, 0.1, 123.456, 1e7, 1.0000001, 9.9999999, 1e-5, 6.02214076e23, 1.7976931348623157e308, 5e-324}
	for _, v := range vals {
		println(v)
	}
	var zero float64
	println(1/zero, -1/zero, zero/zero)
	f32s := []float32{0.1, 1.0 / 3, 3.4028235e38, 1e-45}
	for _, v := range f32s {
		println(v)
	}
}
