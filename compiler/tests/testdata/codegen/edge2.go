package main

type P struct{ X, Y int }

func addr(p P) *P { p.X++; return &p }

func named() (r P) {
	q := &r
	q.Y = 5
	return
}

type MyStr string
type Inner struct{ A int }
type Outer struct {
	Inner
	B int
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

func build(d int) *Tree {
	if d == 0 {
		return nil
	}
	return &Tree{build(d - 1), build(d - 1), d}
}

func variadic(prefix string, xs ...any) int {
	n := 0
	for _, x := range xs {
		if s, ok := x.(string); ok {
			n += len(s)
		} else if i, ok := x.(int); ok {
			n += i
		}
	}
	return n + len(prefix)
}

func main() {
	p := P{1, 2}
	pp := addr(p)
	println(p.X, pp.X, named().Y)
	ps := []*P{{1, 2}, {3, 4}}
	println(ps[1].Y, len(ps))
	ms := MyStr("abc") + "def"
	println(string(ms), len(ms), ms[1] == 'b')
	o := Outer{Inner: Inner{7}, B: 8}
	println(o.A, o.B)
	println(build(10).Sum())
	b := make([]byte, 3)
	n := copy(b, "hello")
	println(n, string(b))
	arr := [3]string{"a", "b", "c"}
	arr2 := arr
	println(arr == arr2, arr != [3]string{"a", "b", "d"})
	println(variadic("xy", "abc", 4, 2.5, "de"), variadic("q"))
	var fs [3]func() int
	for i := range fs {
		fs[i] = func() int { return i * 10 }
	}
	println(fs[0](), fs[2]())
	x := 10
	inc := func() int { x++; return x }
	println(x, inc(), x)
	s := []int{5, 6, 7}
	for i, v := range s {
		s[len(s)-1-i] = v
	}
	println(s[0], s[1], s[2])
	var iface interface{ Sum() int } = build(3)
	println(iface.Sum())
	var nilTree *Tree
	iface = nilTree
	println(iface != nil, iface.Sum())
	type kv struct {
		k string
		v int
	}
	kvs := map[string]kv{}
	kvs["a"] = kv{"a", 1}
	e := kvs["a"]
	e.v = 100
	println(kvs["a"].v, e.v)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	t := 0
	for _, row := range grid {
		for _, c := range row {
			t += c
		}
	}
	println(t, grid[1][2])
	bs := []byte("hello")
	for i := range bs {
		bs[i] -= 32
	}
	println(string(bs))
	label := "x"
	switch {
	case len(label) > 3:
		println("long")
	case label == "x":
		println("x!")
	}
}
