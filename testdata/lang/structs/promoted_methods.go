// run

// Methods of embedded types are promoted, value and pointer.
package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

type Named struct {
	Counter
	name string
}

type Wrapper struct {
	*Named
}

func main() {
	var n Named
	n.Inc()
	n.Inc()
	println(n.Get(), n.Counter.Get(), n.n)
	w := Wrapper{&n}
	w.Inc()
	println(w.Get(), n.Get())
	f := n.Get
	n.Inc()
	println(f(), n.Get())
	g := w.Inc
	g()
	g()
	println(n.Get())
}
