// run

// Promoted methods through a nil embedded pointer panic only when they dereference.
package main

type Inner struct{ v int }

func (i *Inner) Safe() string {
	if i == nil {
		return "nil inner"
	}
	return "has inner"
}

func (i *Inner) Value() int { return i.v }

type Outer struct {
	*Inner
}

func main() {
	o := Outer{}
	println(o.Safe())
	o.Inner = &Inner{5}
	println(o.Safe(), o.Value())
	o.Inner = nil
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	println(o.Value())
}
