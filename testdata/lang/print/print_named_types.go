// run

// println of values of named types prints their underlying kind.
package main

type Score int
type Label string
type Ratio float64
type Flag bool
type Code uint8

func main() {
	println(Score(-3), Label("hi"), Ratio(0.25), Flag(true), Code(200))
	type Nested Score
	println(Nested(7))
}
