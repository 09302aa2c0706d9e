// run

// Inf and NaN behaviour and printing.
package main

func main() {
	var zero float64
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	println(inf, ninf, nan)
	println(inf > 1e308, ninf < -1e308, nan == nan, nan != nan, nan < 0, nan > 0)
	println(inf+ninf, inf*0, inf-inf)
	println(inf == inf, -inf == ninf)
	negz := -zero
	println(negz == zero, 1/negz)
	var f32 float32 = 3.4e38
	println(f32*10, -f32*10)
}
