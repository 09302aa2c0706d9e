// run

// float32 arithmetic rounds to single precision each step.
package main

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	println(a+b, a+b == 0.3)
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	println(s, s == 1)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	println(d, d == 1)
	var big float32 = 16777216
	println(big+1 == big, big+2)
	println(float32(1e-45), float32(1e-46))
}
