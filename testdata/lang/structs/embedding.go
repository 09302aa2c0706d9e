// run

// Embedded structs promote fields; outer fields shadow inner ones.
package main

type Base struct {
	ID   int
	Name string
}

type Mid struct {
	Base
	Name string
}

type Top struct {
	*Mid
	Extra bool
}

func main() {
	m := Mid{Base{1, "base"}, "mid"}
	println(m.ID, m.Name, m.Base.Name)
	m.ID = 7
	println(m.Base.ID)
	t := Top{&m, true}
	t.ID = 9
	println(m.ID, t.Name, t.Base.Name, t.Mid.Base.ID)
	var z Mid
	println(z.ID, z.Name == "", z.Base.Name == "")
}
