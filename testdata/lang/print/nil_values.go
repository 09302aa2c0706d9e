// run

// println of nil pointers, slices, maps, funcs, interfaces (nil is deterministic).
package main

func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var i any
	var e error
	println(p)
	println(s)
	println(m)
	println(f == nil)
	println(i)
	println(e)
}
