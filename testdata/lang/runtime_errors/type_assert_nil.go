// run

// interface conversion: interface is nil, not main.T.
package main

type T struct{}

func main() {
	var x any
	_ = x.(T)
}
