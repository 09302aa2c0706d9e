// run

// A recovered panic can be re-raised; gc prints [recovered] and the new value.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second: " + r.(string))
	}()
	panic("first")
}
