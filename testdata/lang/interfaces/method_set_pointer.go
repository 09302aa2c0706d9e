// run

// Only *T has pointer-receiver methods; T stored in an interface uses value methods.
package main

type Counter interface {
	Inc()
	Val() int
}

type C struct{ n int }

func (c *C) Inc()    { c.n++ }
func (c *C) Val() int { return c.n }

type V struct{ n int }

func (v V) Get() int { return v.n }

type Getter interface{ Get() int }

func main() {
	c := &C{}
	var ct Counter = c
	ct.Inc()
	ct.Inc()
	println(ct.Val(), c.n)
	v := V{3}
	var g Getter = v
	v.n = 4
	println(g.Get())
	g = &v
	v.n = 5
	println(g.Get())
}
