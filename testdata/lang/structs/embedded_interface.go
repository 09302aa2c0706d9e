// run

// A struct embedding an interface forwards its methods.
package main

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Loud struct {
	Speaker
}

func (l Loud) Shout() string { return l.Speak() + "!" }

type Quiet struct {
	Speaker
}

func (Quiet) Speak() string { return "..." }

func main() {
	l := Loud{Dog{}}
	println(l.Speak(), l.Shout())
	var s Speaker = l
	println(s.Speak())
	s = Quiet{Dog{}}
	println(s.Speak())
}
