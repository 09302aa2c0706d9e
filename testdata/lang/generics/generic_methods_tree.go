// run

// A generic ordered binary search tree with an in-order iterator.
package main

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).k:
			p = &(*p).left
		case k > (*p).k:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.k {
			n = n.left
		} else if k > n.k {
			n = n.right
		} else {
			return n.v, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() func(func(K, V) bool) {
	return func(yield func(K, V) bool) {
		var walk func(n *tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.k, n.v) && walk(n.right))
		}
		walk(t.root)
	}
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple", "banana"} {
		t.Put(w, i)
	}
	println(t.n)
	for k, v := range t.All() {
		println(k, v)
	}
	v, ok := t.Get("fig")
	println(v, ok)
	_, ok = t.Get("grape")
	println(ok)
	var ft Tree[float64, []string]
	ft.Put(2.5, []string{"a"})
	ft.Put(-1, nil)
	for k, v := range ft.All() {
		println(k, len(v))
	}
}
