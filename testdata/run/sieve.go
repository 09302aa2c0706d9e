// run

// The sieve of Eratosthenes, prime factorisation and twin primes.
package main

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if composite[i] {
			continue
		}
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return composite
}

func primesUpTo(n int) []int {
	c := sieve(n)
	var ps []int
	for i, isComposite := range c {
		if !isComposite {
			ps = append(ps, i)
		}
	}
	return ps
}

func factor(n uint64, primes []int) []uint64 {
	var fs []uint64
	for _, p := range primes {
		q := uint64(p)
		if q*q > n {
			break
		}
		for n%q == 0 {
			fs = append(fs, q)
			n /= q
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	ps := primesUpTo(100000)
	println("primes below 100000:", len(ps))
	for _, p := range ps[:25] {
		print(p, " ")
	}
	println()
	println("largest:", ps[len(ps)-1])

	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	println("twin pairs:", twins)

	maxGap, at := 0, 0
	for i := 1; i < len(ps); i++ {
		if g := ps[i] - ps[i-1]; g > maxGap {
			maxGap, at = g, ps[i-1]
		}
	}
	println("max gap", maxGap, "after", at)

	for _, n := range []uint64{1, 2, 360, 9973, 600851475143, 1 << 40, 18446744073709551615} {
		print(n, " =")
		for _, f := range factor(n, ps) {
			print(" ", f)
		}
		println()
	}

	// Goldbach for small even numbers.
	composite := sieve(1000)
	for n := 4; n <= 40; n += 6 {
		for p := 2; p <= n/2; p++ {
			if !composite[p] && !composite[n-p] {
				println(n, "=", p, "+", n-p)
				break
			}
		}
	}
}
