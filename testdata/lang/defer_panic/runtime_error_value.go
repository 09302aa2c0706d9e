// run

// Runtime panics recover as runtime.Error values with Error() text.
package main

type runtimeError interface {
	error
	RuntimeError()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtimeError)
		if !ok {
			println(name, "not a runtime error")
			return
		}
		println(name+":", re.Error())
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	var i any = "str"
	idx := 5
	try("index", func() { _ = s[idx] })
	try("slice", func() { _ = s[1:idx] })
	try("nilmap", func() { m["a"] = 1 })
	try("nil", func() { println(p.x) })
	try("div", func() { println(1 / zero) })
	try("assert", func() { println(i.(int)) })
	try("custom", func() { panic("plain") })
	arr := []int{1, 2, 3}
	try("3index", func() { _ = arr[0:2:idx] })
	neg := -1
	try("shift", func() { println(1 << neg) })
	try("makeslice", func() { _ = make([]int, neg) })
}
