// run

// Anonymous struct types, literals and assignability.
package main

type Named struct {
	X int
	Y string
}

func main() {
	p := struct {
		X int
		Y string
	}{1, "one"}
	var n Named = p
	println(n.X, n.Y)
	q := struct {
		X int
		Y string
	}(n)
	println(q == p)
	list := []struct {
		name string
		age  int
	}{{"ann", 30}, {"bob", 25}}
	for _, e := range list {
		println(e.name, e.age)
	}
	var empty struct{}
	println(empty == struct{}{})
	cfg := struct{ Debug, Verbose bool }{Verbose: true}
	println(cfg.Debug, cfg.Verbose)
}
