// run

// Float keys: +0 and -0 are the same key; NaN keys are never found.
package main

func main() {
	var zero float64
	nan := zero / zero
	m := map[float64]int{}
	m[0] = 1
	m[-zero] = 2
	println(len(m), m[0])
	m[nan] = 3
	m[nan] = 4
	println(len(m), m[nan])
	_, ok := m[nan]
	println(ok)
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(sum, nans)
	delete(m, nan)
	println(len(m))
	clear(m)
	println(len(m))
}
