// run

// Pointer-receiver methods can be called on nil pointers.
package main

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Prepend(v int) *List { return &List{v, l} }

func main() {
	var l *List
	println(l.Len())
	l = l.Prepend(1).Prepend(2).Prepend(3)
	println(l.Len(), l.v)
}
