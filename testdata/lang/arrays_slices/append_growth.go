// run

// Append grows capacity the way gc does for several element sizes. The
// slices are package variables so they live on the heap (gc may give a
// non-escaping slice a small stack buffer first, which would change caps).
package main

type Big struct{ a, b, c, d, e int64 }

var (
	s  []int
	b  []byte
	g  []Big
	m  []int
	m2 []byte
)

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			println("int len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	last = -1
	for i := 0; i < 3000; i++ {
		b = append(b, 1)
		if cap(b) != last {
			println("byte len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}
	last = -1
	for i := 0; i < 300; i++ {
		g = append(g, Big{})
		if cap(g) != last {
			println("Big len", len(g), "cap", cap(g))
			last = cap(g)
		}
	}
	m = append([]int{1, 2, 3}, 4, 5, 6, 7)
	println(len(m), cap(m))
	m2 = append([]byte("ab"), "cdefghijklmnopqrstuvwxyz0123456789"...)
	println(len(m2), cap(m2))
}
