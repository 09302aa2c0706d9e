// run

// A visitor over an expression tree using interfaces and type switches.
package main

type Node interface{ Accept(v Visitor) int }

type Visitor interface {
	VisitNum(n Num) int
	VisitAdd(a Add) int
	VisitMul(m Mul) int
}

type Num int
type Add struct{ L, R Node }
type Mul struct{ L, R Node }

func (n Num) Accept(v Visitor) int { return v.VisitNum(n) }
func (a Add) Accept(v Visitor) int { return v.VisitAdd(a) }
func (m Mul) Accept(v Visitor) int { return v.VisitMul(m) }

type Evaluator struct{}

func (Evaluator) VisitNum(n Num) int { return int(n) }
func (e Evaluator) VisitAdd(a Add) int { return a.L.Accept(e) + a.R.Accept(e) }
func (e Evaluator) VisitMul(m Mul) int { return m.L.Accept(e) * m.R.Accept(e) }

type Counter struct{ nodes, ops int }

func (c *Counter) VisitNum(Num) int { c.nodes++; return 0 }
func (c *Counter) VisitAdd(a Add) int {
	c.nodes++
	c.ops++
	a.L.Accept(c)
	a.R.Accept(c)
	return 0
}
func (c *Counter) VisitMul(m Mul) int {
	c.nodes++
	c.ops++
	m.L.Accept(c)
	m.R.Accept(c)
	return 0
}

func depth(n Node) int {
	switch x := n.(type) {
	case Add:
		return 1 + max(depth(x.L), depth(x.R))
	case Mul:
		return 1 + max(depth(x.L), depth(x.R))
	}
	return 1
}

func main() {
	tree := Add{Mul{Num(3), Num(4)}, Add{Num(5), Mul{Num(2), Num(10)}}}
	println(tree.Accept(Evaluator{}))
	c := &Counter{}
	tree.Accept(c)
	println(c.nodes, c.ops, depth(tree))
}
