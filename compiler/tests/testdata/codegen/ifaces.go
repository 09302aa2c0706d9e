package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }
type Square struct{ S int }
type Circle struct {
	R    int
	name string
}

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }
func (s *Square) Area() int   { return s.S * s.S }
func (s *Square) Name() string { return "square" }
func (c Circle) Area() int    { return 3 * c.R * c.R }
func (c Circle) Name() string { return c.name }

type Labeled struct {
	Shape
	Label string
}

type MyInt int

func (m MyInt) Area() int     { return int(m) }
func (m MyInt) Name() string  { return "myint" }

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return "temp" }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string:" + v
	case Rect:
		return "rect"
	case *Square:
		return "square"
	case []int:
		return "slice"
	case Circle:
		return "circle " + v.Name()
	default:
		return "other"
	}
}

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Circle{1, "c1"}, MyInt(7)}
	println(total(shapes))
	for _, s := range shapes {
		println(s.Name(), s.Area())
	}
	var s Shape = Rect{5, 5}
	r, ok := s.(Rect)
	println(r.W, ok)
	_, ok = s.(*Square)
	println(ok)
	sq, ok2 := shapes[1].(*Square)
	println(sq.S, ok2)
	var e any = 42
	n := e.(int)
	println(n, describe(e), describe("x"), describe(nil), describe(Rect{}), describe(&Square{}), describe([]int{}), describe(3.5), describe(Circle{2, "cc"}))
	var a, b any = 1, 1
	println(a == b, a != b, a == any(2), a == any("1"), e == 42, 42 == e)
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	println(s1 == s2, s1 == Shape(Rect{2, 1}), s1 != nil)
	var nilShape Shape
	println(nilShape == nil, s1 == nilShape)
	l := Labeled{Circle{3, "inner"}, "lbl"}
	println(l.Area(), l.Name(), l.Label)
	var st Stringer = Temp(3)
	println(st.String())
	x := any(st)
	if str, ok := x.(Temp); ok {
		println("temp", str.String())
	}
	ptr := &Square{2}
	var sh Shape = ptr
	ptr.S = 10
	println(sh.Area())
	var m any = MyInt(3)
	switch m.(type) {
	case MyInt:
		println("myint")
	}
	strs := []any{"a", 1, true, 2.5, nil}
	cnt := 0
	for _, v := range strs {
		if v != nil {
			cnt++
		}
	}
	println(cnt, strs[0] == "a", strs[2] == true)
	var bad any = []int{1}
	defer_free(bad)
}

func defer_free(x any) {
	f, ok := x.(float64)
	println(int(f), ok)
	println(x.(string))
}
