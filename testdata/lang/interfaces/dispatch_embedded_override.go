// run

// Outer methods override promoted ones; dispatch picks the outer.
package main

type Animal interface {
	Sound() string
	Describe() string
}

type Base struct{ name string }

func (b Base) Sound() string    { return "..." }
func (b Base) Describe() string { return b.name + " says " + b.Sound() }

type Dog struct{ Base }

func (Dog) Sound() string { return "woof" }

func main() {
	var a Animal = Dog{Base{"rex"}}
	println(a.Sound())
	println(a.Describe())
	a = Base{"thing"}
	println(a.Describe())
}
