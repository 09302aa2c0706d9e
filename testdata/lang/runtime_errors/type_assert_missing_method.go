// run

// interface conversion: main.T is not main.I: missing method M.
package main

type I interface{ M() }
type T struct{}

func main() {
	var x any = T{}
	_ = x.(I)
}
