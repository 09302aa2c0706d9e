// run

// A []byte built from a string can be sorted and mutated in place.
package main

func sortBytes(b []byte) {
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j] < b[j-1]; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
}

func main() {
	s := "the quick brown fox"
	b := []byte(s)
	sortBytes(b)
	println(string(b))
	println(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	println(string(b))
	c := b[3:8]
	c[0] = '#'
	println(string(b[:6]))
}
