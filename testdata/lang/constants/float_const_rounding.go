// run

// Large float constants round when assigned to float32/float64 variables.
package main

const third = 1.0 / 3.0

func main() {
	var f32 float32 = third
	var f64 float64 = third
	println(f32, f64)
	println(float64(f32) == f64)
	const big = 1e38 * 3
	var g float32 = big
	println(g)
	const sub = 1e-310
	var h float64 = sub
	println(h > 0, h)
	println(0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	println(x+y == 0.3)
}
