// run

// Insertion sort, quicksort and binary search on slices.
package main

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	b := append([]int(nil), a...)
	insertion(a)
	quick(b)
	for i := range a {
		print(a[i], "/", b[i], " ")
	}
	println()
	seed := uint32(12345)
	big := make([]int, 500)
	for i := range big {
		seed = seed*1664525 + 1013904223
		big[i] = int(seed >> 20)
	}
	quick(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	println("sorted:", ok, big[0], big[499])
	println(search(a, 5), search(a, 100), search(a, -10))
}
