package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) Twice() int { return c.Get() * 2 }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hi " + n.Name }

type Widget struct {
	Counter
	*Named
	ID int
}

type Deep struct {
	Widget
	extra [2]int
}

type Celsius float64
type Temps []Celsius

func (c Celsius) F() Celsius { return c*9/5 + 32 }
func (t Temps) Max() Celsius {
	m := t[0]
	for _, x := range t[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

func main() {
	w := Widget{Named: &Named{"bob"}, ID: 7}
	w.Inc()
	w.Inc()
	w.Counter.Inc()
	println(w.Get(), w.Twice(), w.Hello(), w.n, w.Name)
	pw := &w
	pw.Inc()
	println(pw.Get(), pw.Hello())
	d := Deep{Widget: w}
	d.Inc()
	println(d.Get(), w.Get(), d.Hello(), d.Widget.Counter.Twice())
	pd := &d
	pd.Inc()
	println(pd.Twice())
	t := Temps{10, 35.5, 20}
	println(int(t.Max()), int(t.Max().F()), int(Celsius(100).F()))
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	println(s.Len(), s.Pop(), s.Pop(), s.Len())
	ws := []Widget{w, w}
	ws[1].Inc()
	println(ws[0].Get(), ws[1].Get())
}
