// run

// Hand-rolled String methods called explicitly and via an interface.
package main

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return "Color(?)"
}

type Stringer interface{ String() string }

func show(s Stringer) { println(s.String()) }

func main() {
	for c := Red; c <= Blue+1; c++ {
		show(c)
	}
	var s Stringer = Green
	println(s.String())
}
