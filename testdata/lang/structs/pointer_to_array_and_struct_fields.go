// run

// Taking addresses of struct fields and array elements; aliasing through them.
package main

type S struct {
	a   int
	arr [3]int
	in  struct{ x, y int }
}

func main() {
	var s S
	pa := &s.a
	pe := &s.arr[1]
	px := &s.in.y
	*pa, *pe, *px = 1, 2, 3
	println(s.a, s.arr[1], s.in.y)
	sl := s.arr[:]
	sl[2] = 9
	println(s.arr[2])
	cp := s
	*pa = 100
	println(cp.a, s.a)
	ps := &s
	ps.in.x = 7
	println(s.in.x)
}
