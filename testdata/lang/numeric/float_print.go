// run

// println formats floats as gc does: %e-like with sign and 3-digit exponent.
package main

func main() {
	println(1.5, -1.5, 0.0, 100.0, 1e100, 1e-100)
	var f32 float32 = 0.1
	println(f32, float64(f32))
	println(3.141592653589793, 2.718281828459045)
	var z float64
	println(z, -z, 1/(-z+0)) 
	println(123456789.0, 0.000123)
	println(float32(1)/3, 1.0/3)
}
