// run

// Ordering of floats, -0 and NaN in comparisons and min/max.
package main

func main() {
	var zero float64
	nan := zero / zero
	negz := -zero
	println(negz < zero, negz == zero)
	println(min(1.5, 2.5), max(1.5, 2.5), min(3, 1, 2))
	println(min(nan, 1), max(1, nan))
	println(1/min(zero, negz), 1/max(negz, zero))
	println(min(-1.0, zero/1), max(-2, -3))
}
