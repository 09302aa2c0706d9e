// run

// Untyped constants keep arbitrary precision until converted.
package main

const Huge = 1 << 200
const Tiny = 1.0 / Huge

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Pi32 float32 = Pi

func main() {
	println(Huge>>190, Huge/(Huge>>10))
	println(Tiny*Huge == 1)
	println(Pi, Pi32)
	const d = Huge*Huge - Huge*Huge + 5
	println(d)
	const e = 1e500 / 1e490
	println(e)
	var f float64 = 1 << 62
	println(f)
}
