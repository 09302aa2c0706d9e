// run

// math compiled from GOROOT (archFloor/Ceil/Trunc, declared without bodies
// for GOARCH=wasm, become Wasm instructions).
package main

import "math"

func main() {
	xs := []float64{0, 1, -1, 0.5, -2.5, 2.5, 3.7, -3.7, 10, 1e-10, 123456.789, math.Pi, -math.E, 1e300}
	for _, x := range xs {
		println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
		println(" ", math.Sqrt(math.Abs(x)), math.Cbrt(x), math.Exp(x/10), math.Log(math.Abs(x)+1), math.Log2(math.Abs(x)+1), math.Log10(math.Abs(x)+1))
		println(" ", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Sinh(x/100), math.Tanh(x))
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		println(" ", fr, ex, ip, fp, math.Signbit(x), math.Mod(x, 3), math.Remainder(x, 3))
	}
	println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(10, -3), math.Hypot(3, 4))
	println(math.Asin(0.5), math.Acos(0.5), math.Atan2(1, -1), math.Exp2(3.5), math.Expm1(1e-5), math.Log1p(1e-5))
	println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt64, math.MinInt64, math.MaxUint32)
	println(math.Float64bits(1.5), math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32bits(0.1), math.Float32frombits(0x3f800000))
	println(math.Max(1, math.NaN()), math.Min(-0.0, 0), math.Dim(5, 3), math.Copysign(3, -1), math.Nextafter(1, 2), math.Ldexp(0.75, 4))
	println(math.Gamma(5.5), math.Erf(0.5), math.Erfc(0.5), math.J0(2), math.Y1(3))
	lg, s := math.Lgamma(-2.5)
	println(lg, s, math.FMA(2, 3, 4), math.Logb(1024), math.Ilogb(1000), math.Trunc(-0.5))
	println(math.Sqrt(-1), math.Log(0), math.Floor(math.Inf(-1)), math.Ceil(-0.2))
}
