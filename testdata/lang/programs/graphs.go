// run

// A graph algorithm suite: BFS, DFS, Dijkstra with a binary heap, topological sort, SCCs, MST.
package main

type Edge struct{ To, W int }

type Graph struct {
	n   int
	adj [][]Edge
}

func NewGraph(n int) *Graph { return &Graph{n, make([][]Edge, n)} }

func (g *Graph) AddEdge(u, v, w int)  { g.adj[u] = append(g.adj[u], Edge{v, w}) }
func (g *Graph) AddUndirected(u, v, w int) { g.AddEdge(u, v, w); g.AddEdge(v, u, w) }

func (g *Graph) BFS(src int) []int {
	dist := make([]int, g.n)
	for i := range dist {
		dist[i] = -1
	}
	dist[src] = 0
	queue := []int{src}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range g.adj[u] {
			if dist[e.To] < 0 {
				dist[e.To] = dist[u] + 1
				queue = append(queue, e.To)
			}
		}
	}
	return dist
}

func (g *Graph) DFSOrder(src int) []int {
	seen := make([]bool, g.n)
	var order []int
	var visit func(int)
	visit = func(u int) {
		seen[u] = true
		order = append(order, u)
		for _, e := range g.adj[u] {
			if !seen[e.To] {
				visit(e.To)
			}
		}
	}
	visit(src)
	return order
}

type item struct{ node, dist int }

type Heap struct{ items []item }

func (h *Heap) Len() int { return len(h.items) }

func (h *Heap) Push(it item) {
	h.items = append(h.items, it)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.items[p].dist <= h.items[i].dist {
			break
		}
		h.items[p], h.items[i] = h.items[i], h.items[p]
		i = p
	}
}

func (h *Heap) Pop() item {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.items[l].dist < h.items[m].dist {
			m = l
		}
		if r < len(h.items) && h.items[r].dist < h.items[m].dist {
			m = r
		}
		if m == i {
			return top
		}
		h.items[m], h.items[i] = h.items[i], h.items[m]
		i = m
	}
}

const Inf = int(^uint(0) >> 1)

func (g *Graph) Dijkstra(src int) ([]int, []int) {
	dist := make([]int, g.n)
	prev := make([]int, g.n)
	for i := range dist {
		dist[i], prev[i] = Inf, -1
	}
	dist[src] = 0
	h := &Heap{}
	h.Push(item{src, 0})
	for h.Len() > 0 {
		it := h.Pop()
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g.adj[it.node] {
			if nd := it.dist + e.W; nd < dist[e.To] {
				dist[e.To], prev[e.To] = nd, it.node
				h.Push(item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for v := to; v >= 0; v = prev[v] {
		p = append([]int{v}, p...)
	}
	return p
}

func (g *Graph) TopoSort() ([]int, bool) {
	indeg := make([]int, g.n)
	for u := 0; u < g.n; u++ {
		for _, e := range g.adj[u] {
			indeg[e.To]++
		}
	}
	var ready, out []int
	for u := 0; u < g.n; u++ {
		if indeg[u] == 0 {
			ready = append(ready, u)
		}
	}
	for len(ready) > 0 {
		// take the smallest ready node for a deterministic order
		mi := 0
		for i := range ready {
			if ready[i] < ready[mi] {
				mi = i
			}
		}
		u := ready[mi]
		ready = append(ready[:mi], ready[mi+1:]...)
		out = append(out, u)
		for _, e := range g.adj[u] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				ready = append(ready, e.To)
			}
		}
	}
	return out, len(out) == g.n
}

// SCC with Tarjan's algorithm; components are numbered in completion order.
func (g *Graph) SCC() [][]int {
	index := 0
	idx := make([]int, g.n)
	low := make([]int, g.n)
	on := make([]bool, g.n)
	for i := range idx {
		idx[i] = -1
	}
	var stack []int
	var comps [][]int
	var strong func(int)
	strong = func(v int) {
		idx[v], low[v] = index, index
		index++
		stack = append(stack, v)
		on[v] = true
		for _, e := range g.adj[v] {
			if idx[e.To] < 0 {
				strong(e.To)
				low[v] = min(low[v], low[e.To])
			} else if on[e.To] {
				low[v] = min(low[v], idx[e.To])
			}
		}
		if low[v] == idx[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			comps = append(comps, comp)
		}
	}
	for v := 0; v < g.n; v++ {
		if idx[v] < 0 {
			strong(v)
		}
	}
	return comps
}

type UnionFind struct{ parent, rank []int }

func NewUF(n int) *UnionFind {
	u := &UnionFind{make([]int, n), make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	return true
}

type wedge struct{ u, v, w int }

func (g *Graph) Kruskal() (int, []wedge) {
	var es []wedge
	for u := 0; u < g.n; u++ {
		for _, e := range g.adj[u] {
			if u < e.To {
				es = append(es, wedge{u, e.To, e.W})
			}
		}
	}
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && (es[j].w < es[j-1].w || es[j].w == es[j-1].w && es[j].u < es[j-1].u); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
	uf := NewUF(g.n)
	total := 0
	var used []wedge
	for _, e := range es {
		if uf.Union(e.u, e.v) {
			total += e.w
			used = append(used, e)
		}
	}
	return total, used
}

func printInts(label string, xs []int) {
	print(label, ":")
	for _, x := range xs {
		print(" ", x)
	}
	println()
}

func main() {
	g := NewGraph(8)
	for _, e := range [][3]int{{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 5}, {3, 4, 3}, {4, 5, 1}, {5, 6, 2}, {6, 7, 1}, {4, 7, 7}} {
		g.AddUndirected(e[0], e[1], e[2])
	}
	printInts("bfs", g.BFS(0))
	printInts("dfs", g.DFSOrder(0))
	dist, prev := g.Dijkstra(0)
	printInts("dijkstra", dist)
	printInts("path to 7", path(prev, 7))
	total, used := g.Kruskal()
	println("mst weight", total, "edges", len(used))
	for _, e := range used {
		println("  ", e.u, "-", e.v, "w", e.w)
	}

	dag := NewGraph(6)
	for _, e := range [][2]int{{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}} {
		dag.AddEdge(e[0], e[1], 1)
	}
	order, ok := dag.TopoSort()
	printInts("topo", order)
	println("acyclic", ok)
	dag.AddEdge(1, 5, 1)
	_, ok = dag.TopoSort()
	println("acyclic after back edge", ok)

	d := NewGraph(8)
	for _, e := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 5}, {6, 7}, {7, 6}} {
		d.AddEdge(e[0], e[1], 1)
	}
	for i, c := range d.SCC() {
		for a := 1; a < len(c); a++ {
			for b := a; b > 0 && c[b] < c[b-1]; b-- {
				c[b], c[b-1] = c[b-1], c[b]
			}
		}
		printInts("scc "+string(rune('0'+i)), c)
	}
	grid := NewGraph(100)
	for r := 0; r < 10; r++ {
		for c := 0; c < 10; c++ {
			if c < 9 && (r+c)%7 != 3 {
				grid.AddUndirected(r*10+c, r*10+c+1, 1)
			}
			if r < 9 && (r*c)%5 != 4 {
				grid.AddUndirected(r*10+c, (r+1)*10+c, 1)
			}
		}
	}
	gd := grid.BFS(0)
	reach, far := 0, 0
	for _, x := range gd {
		if x >= 0 {
			reach++
			far = max(far, x)
		}
	}
	println("grid reachable", reach, "farthest", far, "to 99:", gd[99])
}
