// run

// Self-referential types through pointers, slices and maps.
package main

type Tree struct {
	Val      int
	Children []*Tree
	Meta     map[string]*Tree
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	s := t.Val
	for _, c := range t.Children {
		s += c.Sum()
	}
	return s
}

func (t *Tree) Depth() int {
	d := 0
	for _, c := range t.Children {
		if cd := c.Depth(); cd > d {
			d = cd
		}
	}
	return d + 1
}

func build(n int) *Tree {
	t := &Tree{Val: n}
	for i := 0; i < n; i++ {
		t.Children = append(t.Children, build(i))
	}
	return t
}

func main() {
	t := build(5)
	println(t.Sum(), t.Depth(), len(t.Children))
	var nilTree *Tree
	println(nilTree.Sum())
	t.Meta = map[string]*Tree{"self": t}
	println(t.Meta["self"].Meta["self"].Val)
}
