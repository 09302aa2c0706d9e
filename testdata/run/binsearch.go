// run

// Binary search: exact match, lower and upper bounds, integer square
// root by bisection, search over a sorted slice of strings.
package main

func search(s []int, x int) int {
	lo, hi := 0, len(s)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case s[mid] == x:
			return mid
		case s[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func lowerBound(s []int, x int) int {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if s[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func upperBound(s []int, x int) int {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if s[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func searchStrings(s []string, x string) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		if s[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && s[lo] == x
}

func main() {
	var s []int
	for i := 0; i < 50; i++ {
		s = append(s, i*3)
	}
	for _, x := range []int{0, 3, 75, 147, 148, -1, 1000} {
		println("search", x, "->", search(s, x))
	}

	d := []int{1, 2, 2, 2, 5, 5, 9}
	for x := 0; x <= 10; x++ {
		lb, ub := lowerBound(d, x), upperBound(d, x)
		if ub > lb {
			println(x, "occurs", ub-lb, "times from", lb)
		} else {
			println(x, "would insert at", lb)
		}
	}

	for _, n := range []uint64{0, 1, 15, 16, 17, 1000000, 999999999999, 18446744073709551615} {
		println("isqrt", n, "=", isqrt(n))
	}

	words := []string{"ant", "bee", "cat", "dog", "eel", "fox", "gnu"}
	for _, w := range []string{"cat", "ape", "zebra", "dot", "gnu"} {
		i, found := searchStrings(words, w)
		println(w, i, found)
	}

	// Count probes needed in the worst case for growing sizes.
	for n := 1; n <= 1<<20; n <<= 5 {
		probes := 0
		lo, hi := 0, n
		for lo < hi {
			probes++
			lo = (lo+hi)/2 + 1
		}
		println("n", n, "probes", probes)
	}
}
