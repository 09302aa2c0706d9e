// run

// Asserting to an interface the value lacks names the missing method.
package main

type Walker interface{ Walk() }
type Runner interface {
	Walk()
	Run()
}

type Cat struct{}

func (Cat) Walk() {}

func main() {
	var w Walker = Cat{}
	w.Walk()
	println("walked")
	r := w.(Runner)
	r.Run()
}
