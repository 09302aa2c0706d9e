// run

// A binary search tree and a linked list built from pointers to structs:
// insertion, traversal, height, deletion, reversal.
package main

type Tree struct {
	Key         int
	Count       int
	Left, Right *Tree
}

type List struct {
	Val  string
	Next *List
}

func insert(t *Tree, key int) *Tree {
	if t == nil {
		return &Tree{Key: key, Count: 1}
	}
	switch {
	case key < t.Key:
		t.Left = insert(t.Left, key)
	case key > t.Key:
		t.Right = insert(t.Right, key)
	default:
		t.Count++
	}
	return t
}

func inorder(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = inorder(t.Left, out)
	for i := 0; i < t.Count; i++ {
		out = append(out, t.Key)
	}
	return inorder(t.Right, out)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func minNode(t *Tree) *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func remove(t *Tree, key int) *Tree {
	if t == nil {
		return nil
	}
	if key < t.Key {
		t.Left = remove(t.Left, key)
		return t
	}
	if key > t.Key {
		t.Right = remove(t.Right, key)
		return t
	}
	if t.Left == nil {
		return t.Right
	}
	if t.Right == nil {
		return t.Left
	}
	m := minNode(t.Right)
	t.Key, t.Count = m.Key, m.Count
	m.Count = 1
	t.Right = remove(t.Right, m.Key)
	return t
}

func contains(t *Tree, key int) bool {
	for t != nil {
		if key == t.Key {
			return true
		}
		if key < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func show(label string, xs []int) {
	print(label, ":")
	for _, x := range xs {
		print(" ", x)
	}
	println()
}

func push(l *List, v string) *List { return &List{v, l} }

func reverse(l *List) *List {
	var prev *List
	for l != nil {
		next := l.Next
		l.Next = prev
		prev, l = l, next
	}
	return prev
}

func join(l *List) string {
	s := ""
	for ; l != nil; l = l.Next {
		if s != "" {
			s += "->"
		}
		s += l.Val
	}
	return s
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 10, 45, 50, 50} {
		root = insert(root, k)
	}
	show("inorder", inorder(root, nil))
	println("height", height(root), "contains 65:", contains(root, 65), "contains 66:", contains(root, 66))
	root = remove(root, 20)
	root = remove(root, 70)
	root = remove(root, 50)
	root = remove(root, 99)
	show("after removals", inorder(root, nil))
	println("root now", root.Key, root.Count, "height", height(root))

	// A degenerate tree is a list.
	var chain *Tree
	for i := 0; i < 100; i++ {
		chain = insert(chain, i)
	}
	println("chain height", height(chain))

	var l *List
	for _, w := range []string{"one", "two", "three", "four"} {
		l = push(l, w)
	}
	println(join(l))
	l = reverse(l)
	println(join(l))
	println(join(nil) == "", join(reverse(nil)) == "")
}
