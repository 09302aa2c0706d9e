// run

// A nil map write inside a nested function call, with defers running first.
package main

type Registry struct{ m map[string]int }

func (r *Registry) Add(k string) { r.m[k]++ }

func main() {
	defer println("deferred 1")
	r := &Registry{}
	defer println("deferred 2")
	r.Add("x")
}
