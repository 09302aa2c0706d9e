// run

// Package variables initialised from method values and closures referencing later variables.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

var t = T{7}
var getter = t.Get
var result = getter() + later
var later = 100

func main() {
	println(result, later, getter())
}
