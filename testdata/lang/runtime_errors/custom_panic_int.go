// run

// panic(42) and typed integer panics print the value and type.
package main

type Code int

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(int))
		panic(Code(7))
	}()
	panic(42)
}
