// run

// A generic ring buffer queue with growth.
package main

type Ring[T any] struct {
	buf        []T
	head, size int
}

func (r *Ring[T]) Push(v T) {
	if r.size == len(r.buf) {
		n := make([]T, max(4, 2*len(r.buf)))
		for i := 0; i < r.size; i++ {
			n[i] = r.buf[(r.head+i)%len(r.buf)]
		}
		r.buf, r.head = n, 0
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
}

func (r *Ring[T]) Pop() (T, bool) {
	var zero T
	if r.size == 0 {
		return zero, false
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func main() {
	var r Ring[string]
	for _, s := range []string{"a", "b", "c"} {
		r.Push(s)
	}
	v, _ := r.Pop()
	println(v)
	for i := 0; i < 10; i++ {
		r.Push(string(rune('d' + i)))
	}
	out := ""
	for {
		v, ok := r.Pop()
		if !ok {
			break
		}
		out += v
	}
	println(out, r.size, len(r.buf))
}
