// run

// Comma-ok type assertions to concrete and interface types.
package main

type Named interface{ Name() string }
type T struct{}

func (T) Name() string { return "T" }

func main() {
	var x any = 42
	i, ok := x.(int)
	println(i, ok)
	s, ok := x.(string)
	println(s == "", ok)
	var y any = T{}
	n, ok := y.(Named)
	println(ok, n.Name())
	n2, ok := x.(Named)
	println(ok, n2 == nil)
	var z any
	_, ok = z.(int)
	println(ok)
	var nm Named = T{}
	t, ok := nm.(T)
	println(ok, t == T{})
}
