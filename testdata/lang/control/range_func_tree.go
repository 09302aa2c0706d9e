// run

// An in-order tree iterator built from recursive yield calls.
package main

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) All() func(func(int) bool) {
	return func(yield func(int) bool) { t.walk(yield) }
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 65} {
		root = root.Insert(v)
	}
	for v := range root.All() {
		print(v, " ")
	}
	println()
	for v := range root.All() {
		if v > 50 {
			println("first over 50:", v)
			break
		}
	}
}
