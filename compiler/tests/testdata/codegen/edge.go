package main

type Empty struct{}

type Pair struct {
	A int8
	_ int32
	B int64
	C bool
}

type Big struct {
	Arr [20]int
	S   string
}

type Node struct {
	Val  int
	Next *Node
}

type Inner struct{ N int }

func (i Inner) Get() int   { return i.N }
func (i *Inner) Set(n int) { i.N = n }

type Outer struct {
	Inner
	Name string
}

type Grid [3][3]int

func mkBig(n int) Big {
	var b Big
	for i := range b.Arr {
		b.Arr[i] = i * n
	}
	b.S = "big"
	return b
}

func swapBig(a, b Big) (Big, Big) { return b, a }

func sumList(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sumList(n.Next)
}

func multi() (int, string, bool) { return 1, "two", true }

func (g *Grid) Trace() int { return g[0][0] + g[1][1] + g[2][2] }

func main() {
	var e1, e2 Empty
	println(e1 == e2)
	p1 := Pair{A: -1, B: 1 << 40, C: true}
	p2 := p1
	println(p1 == p2, p1.A, p1.B, p1.C)
	p2.C = false
	println(p1 == p2)
	b1 := mkBig(2)
	b2 := mkBig(3)
	x, y := swapBig(b1, b2)
	println(x.Arr[19], y.Arr[19], x.S, x == b2, y == b1, x == y)
	var list *Node
	for i := 1; i <= 5; i++ {
		list = &Node{i, list}
	}
	println(sumList(list), list.Next.Val)
	o := Outer{Inner{5}, "o"}
	println(o.N, o.Inner.N, o.Inner.Get())
	o.Inner.Set(9)
	println(o.N)
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	println(g.Trace(), g[2][1], len(g), len(g[0]))
	h := g
	h[1][1] = 100
	println(g == h, g[1][1], h.Trace())
	n, s, ok := multi()
	_, s2, _ := multi()
	println(n, s, ok, s2)
	var zeros [0]int
	println(len(zeros))
	bs := make([]Big, 2)
	bs[1] = mkBig(1)
	bs = append(bs, mkBig(4))
	println(bs[2].Arr[3], bs[1].S, bs[0].S == "")
	ps := []Pair{{A: 1}, {A: 2}}
	for _, pp := range ps {
		pp.A = 10
	}
	for i := range ps {
		ps[i].B = int64(i + 7)
	}
	println(ps[0].A, ps[1].B)
	m := [2]string{"x", "y"}
	m2 := m
	m2[0] = "z"
	println(m[0], m2[0], m == m2, m == [2]string{"x", "y"})
	var arrp *[4]int = &[4]int{1, 2, 3, 4}
	sl := arrp[1:3]
	sl[0] = 20
	println(arrp[1], cap(sl))
	type local struct {
		a, b uint8
	}
	ls := []local{{1, 2}, {3, 4}}
	println(ls[1].b, ls[0] == local{1, 2})
	var i8 int8 = -128
	println(-i8, i8/-1, i8%-1)
	c := 'é'
	println(c, string(c), len(string(c)))
	var u uint = 3
	println(u-4 > 0, int(u)-4)
}
