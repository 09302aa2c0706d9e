// run

// Method values and expressions of instantiated generic types.
package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T     { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

func apply[T any](f func() T) T { return f() }

func main() {
	b := &Box[int]{1}
	set := b.Set
	set(42)
	println(apply(b.Get))
	get := Box[string].Get
	println(get(Box[string]{"hi"}))
	pset := (*Box[string]).Set
	var s Box[string]
	pset(&s, "set")
	println(s.v)
}
