package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

type Labeled struct {
	Shape
	Label string
}

func (l Labeled) Name() string { return l.Label + ":" + l.Shape.Name() }

type Deep struct {
	*Labeled
}

type Namer interface{ Name() string }

func main() {
	l := Labeled{Rect{2, 3}, "L"}
	var s Shape = l
	println(s.Area(), s.Name())
	var d Shape = Deep{&l}
	println(d.Area(), d.Name())
	var a any = l
	if n, ok := a.(Namer); ok {
		println("namer", n.Name())
	}
	if sh, ok := a.(Shape); ok {
		println("shape", sh.Area())
	}
	var empty Labeled
	var e Shape = empty
	println(e.Name != nil)
	defer println("done")
	println(e.Area())
}
