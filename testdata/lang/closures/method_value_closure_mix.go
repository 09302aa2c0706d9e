// run

// Method values behave like closures over the receiver copy or pointer.
package main

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Incr()    { c.n++ }

func main() {
	c := Counter{}
	val := c.Value
	inc := c.Incr
	inc()
	inc()
	println(c.n, val())
	fs := map[string]func(){}
	for _, name := range []string{"a", "b"} {
		cc := &Counter{}
		fs[name] = cc.Incr
		fs[name+"-show"] = func() { println(name, cc.n) }
	}
	fs["a"]()
	fs["a"]()
	fs["b"]()
	fs["a-show"]()
	fs["b-show"]()
}
