// run

// Deferred method calls evaluate the receiver at defer time.
package main

type T struct{ name string }

func (t T) Show()   { println("value", t.name) }
func (t *T) PShow() { println("pointer", t.name) }

func main() {
	t := T{"first"}
	defer t.Show()
	defer t.PShow()
	t.name = "second"
	f := t.Show
	defer f()
	t.name = "third"
}
