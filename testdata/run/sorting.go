// run

// Sorting algorithms on slices: insertion, selection, shell, quick,
// merge and heap sort, checked against each other.
package main

// lcg is a deterministic pseudo-random generator (Numerical Recipes constants).
type lcg struct{ state uint32 }

func nextRand(g *lcg) uint32 {
	g.state = g.state*1664525 + 1013904223
	return g.state
}

func randomSlice(n int, seed uint32) []int {
	g := lcg{seed}
	s := make([]int, n)
	for i := range s {
		s[i] = int(nextRand(&g)%2001) - 1000
	}
	return s
}

func clone(s []int) []int {
	c := make([]int, len(s))
	copy(c, s)
	return c
}

func isSorted(s []int) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			return false
		}
	}
	return true
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func insertionSort(s []int) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i - 1
		for j >= 0 && s[j] > v {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = v
	}
}

func selectionSort(s []int) {
	for i := range s {
		m := i
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[m] {
				m = j
			}
		}
		s[i], s[m] = s[m], s[i]
	}
}

func shellSort(s []int) {
	for gap := len(s) / 2; gap > 0; gap /= 2 {
		for i := gap; i < len(s); i++ {
			for j := i; j >= gap && s[j-gap] > s[j]; j -= gap {
				s[j], s[j-gap] = s[j-gap], s[j]
			}
		}
	}
}

func quickSort(s []int) {
	if len(s) < 2 {
		return
	}
	pivot := s[len(s)/2]
	lo, hi := 0, len(s)-1
	for lo <= hi {
		for s[lo] < pivot {
			lo++
		}
		for s[hi] > pivot {
			hi--
		}
		if lo <= hi {
			s[lo], s[hi] = s[hi], s[lo]
			lo++
			hi--
		}
	}
	quickSort(s[:hi+1])
	quickSort(s[lo:])
}

func mergeSort(s []int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	left := mergeSort(clone(s[:mid]))
	right := mergeSort(clone(s[mid:]))
	out := make([]int, 0, len(s))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	return append(out, right[j:]...)
}

func siftDown(s []int, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && s[child] < s[child+1] {
			child++
		}
		if s[root] >= s[child] {
			return
		}
		s[root], s[child] = s[child], s[root]
		root = child
	}
}

func heapSort(s []int) {
	for i := len(s)/2 - 1; i >= 0; i-- {
		siftDown(s, i, len(s))
	}
	for end := len(s) - 1; end > 0; end-- {
		s[0], s[end] = s[end], s[0]
		siftDown(s, 0, end)
	}
}

func show(label string, s []int) {
	print(label, ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	small := randomSlice(12, 1)
	show("input", small)
	a := clone(small)
	insertionSort(a)
	show("insertion", a)
	b := clone(small)
	quickSort(b)
	show("quick", b)

	for _, n := range []int{0, 1, 2, 17, 500} {
		in := randomSlice(n, uint32(n)*7+3)
		ref := clone(in)
		insertionSort(ref)
		s1 := clone(in)
		selectionSort(s1)
		s2 := clone(in)
		shellSort(s2)
		s3 := clone(in)
		quickSort(s3)
		s4 := mergeSort(clone(in))
		s5 := clone(in)
		heapSort(s5)
		ok := isSorted(ref) && equal(ref, s1) && equal(ref, s2) && equal(ref, s3) && equal(ref, s4) && equal(ref, s5)
		sum := 0
		for _, v := range ref {
			sum += v
		}
		if n > 0 {
			println("n =", n, "all agree:", ok, "min", ref[0], "max", ref[n-1], "sum", sum)
		} else {
			println("n = 0 all agree:", ok)
		}
	}

	words := []string{"pear", "apple", "fig", "banana", "apricot", "Cherry", "date", "app"}
	sortStrings(words)
	for _, w := range words {
		print(w, " ")
	}
	println()

	// Already sorted and reverse-sorted inputs.
	asc := make([]int, 100)
	desc := make([]int, 100)
	for i := range asc {
		asc[i] = i
		desc[i] = 100 - i
	}
	quickSort(asc)
	heapSort(desc)
	println(isSorted(asc), isSorted(desc), desc[0], desc[99])
}
