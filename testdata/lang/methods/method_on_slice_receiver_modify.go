// run

// Value receivers of slice type share the backing array.
package main

type Buf []int

func (b Buf) Fill(v int) {
	for i := range b {
		b[i] = v
	}
}

func (b Buf) Grow() { b = append(b, 1); _ = b }
func (b *Buf) GrowPtr() { *b = append(*b, 1) }

func main() {
	b := make(Buf, 3)
	b.Fill(7)
	println(b[0], b[2], len(b))
	b.Grow()
	println(len(b))
	b.GrowPtr()
	println(len(b), b[3])
}
