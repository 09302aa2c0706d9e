package main

type Vec struct{ X, Y int32 }

type Shape struct {
	Name   string
	Pts    [3]Vec
	Scale  float64
	Hidden bool
}

func (v Vec) Add(w Vec) Vec     { return Vec{v.X + w.X, v.Y + w.Y} }
func (v *Vec) Move(dx int32)    { v.X += dx; v.Y -= dx }
func (s Shape) Sum() (r Vec)    { for _, p := range s.Pts { r = r.Add(p) }; return }
func (s *Shape) Rename(n string) { s.Name = n }

func pair() (Vec, string, Vec) { return Vec{1, 2}, "mid", Vec{3, 4} }

func named(n int) (a, b int, s string) {
	a = n * 2
	b = a + 1
	if n > 3 {
		s = "big"
		return
	}
	return a, b, "small"
}

var global = Shape{Name: "g", Pts: [3]Vec{{1, 1}, {2, 2}, {3, 3}}}

func main() {
	v := Vec{1, 2}
	v.Move(5)
	println(v.X, v.Y)
	w := v.Add(Vec{10, 20})
	println(w.X, w.Y)
	p := &w
	p.Move(1)
	println(w.X, w.Y, p.Add(v).X)
	s := global
	s.Rename("copy")
	s.Pts[1].Move(100)
	sum := s.Sum()
	println(global.Name, s.Name, sum.X, sum.Y, global.Sum().X)
	a, m, b := pair()
	println(a.X, m, b.Y)
	n1, n2, n3 := named(2)
	println(n1, n2, n3)
	x, y, z := named(5)
	println(x, y, z)
	arr := [2]Shape{global, s}
	arr2 := arr
	println(arr == arr2, arr[0] == arr[1])
	arr2[1].Pts[2].Y = 99
	println(arr == arr2, arr2[1].Pts[2].Y, arr[1].Pts[2].Y)
	ptrs := []*Vec{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &Vec{int32(i), 0})
	}
	for _, q := range ptrs {
		q.Move(1)
	}
	println(ptrs[0].X, ptrs[2].X, ptrs[2].Y)
	var addrs []*int
	for i := 0; i < 3; i++ {
		addrs = append(addrs, &i)
	}
	println(*addrs[0], *addrs[1], *addrs[2])
	type Inner struct{ A, B int }
	type Outer struct {
		In  Inner
		Arr [2]Inner
	}
	o := Outer{In: Inner{1, 2}, Arr: [2]Inner{{3, 4}, {5, 6}}}
	o2 := o
	o2.Arr[1].B = 7
	println(o.Arr[1].B, o2.Arr[1].B, o == o2, o.In == Inner{1, 2})
}
