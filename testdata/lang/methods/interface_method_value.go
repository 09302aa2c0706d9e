// run

// Method values taken from interface values.
package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var sh Shape = Sq{3}
	f := sh.Area
	sh = Sq{10}
	println(f(), sh.Area())
	g := Shape.Area
	println(g(Sq{4}))
	fs := []func() int{Sq{1}.Area, Sq{2}.Area, sh.Area}
	t := 0
	for _, fn := range fs {
		t += fn()
	}
	println(t)
}
