// run

// The comparable constraint: generic sets, index and equality.
package main

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type P struct{ X, Y int }

func main() {
	println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	println(Index([]any{1, "x", 2.5}, any("x")))
	s := Set[P]{}
	s.Add(P{1, 1})
	s.Add(P{1, 1})
	s.Add(P{2, 2})
	println(s.Len(), s.Has(P{2, 2}), s.Has(P{3, 3}))
	as := Set[any]{}
	as.Add(1)
	as.Add("1")
	println(as.Len(), as.Has(1), as.Has(2))
}
