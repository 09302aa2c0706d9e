// run

// Dynamic dispatch through interfaces with several implementations.
package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (s Square) Name() string   { return "square" }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{2, 2}}}
	total := 0.0
	for _, s := range shapes {
		println(s.Name(), int(s.Area()))
		total += s.Area()
	}
	println(int(total))
}
