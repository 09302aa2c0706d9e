// run

// Method expressions turn methods into functions taking the receiver.
package main

type P struct{ x, y int }

func (p P) Sum() int        { return p.x + p.y }
func (p *P) Scale(k int)    { p.x *= k; p.y *= k }
func (p P) Plus(q P) P     { return P{p.x + q.x, p.y + q.y} }

func main() {
	sum := P.Sum
	scale := (*P).Scale
	plus := P.Plus
	psum := (*P).Sum
	p := P{1, 2}
	println(sum(p))
	scale(&p, 10)
	println(p.x, p.y, psum(&p))
	q := plus(p, P{1, 1})
	println(q.x, q.y)
	var f func(P) int = P.Sum
	println(f(P{3, 4}))
}
