// run

// Generic types: Stack, Pair, linked List with methods.
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	println(s.Len())
	v, ok := s.Pop()
	println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	println(v == "", ok)
	is := &Stack[int]{}
	for i := range 5 {
		is.Push(i * i)
	}
	x, _ := is.Pop()
	println(x, is.Len())
	p := MakePair("k", 3.5)
	println(p.Key, p.Val)
	q := Pair[int, []string]{1, []string{"x"}}
	println(q.Key, len(q.Val))
	var l List[Pair[string, int]]
	l.Prepend(MakePair("one", 1))
	l.Prepend(MakePair("two", 2))
	l.Each(func(p Pair[string, int]) { println(p.Key, p.Val) })
	println(l.size)
}
