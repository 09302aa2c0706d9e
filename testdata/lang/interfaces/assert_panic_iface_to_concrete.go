// run

// Failed assertion from a non-empty interface to a concrete type.
package main

type Stringer interface{ String() string }
type X struct{}
type Y struct{}

func (X) String() string  { return "x" }
func (*Y) String() string { return "y" }

func main() {
	var s Stringer = X{}
	println(s.(X).String())
	_ = s.(*Y)
}
