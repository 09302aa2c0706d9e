// run

// panic(nil) becomes a *runtime.PanicNilError since Go 1.21.
package main

func main() {
	defer func() {
		r := recover()
		println(r != nil)
		e, ok := r.(error)
		println(ok, e.Error())
	}()
	panic(nil)
}
