// run

// Generic types embedding other generic types and interfaces.
package main

type Base[T any] struct{ val T }

func (b *Base[T]) Set(v T) { b.val = v }
func (b Base[T]) Get() T   { return b.val }

type Named[T any] struct {
	Base[T]
	name string
}

type Getter[T any] interface{ Get() T }

func show[T any](g Getter[T]) T { return g.Get() }

func main() {
	var n Named[int]
	n.Set(42)
	n.name = "answer"
	println(n.name, n.Get(), show[int](n))
	s := Named[string]{Base[string]{"hi"}, "greeting"}
	var g Getter[string] = s
	println(g.Get(), show(g))
}
