// run

// Method receivers are evaluated before arguments.
package main

type T struct{ name string }

func (t *T) Call(x int) { println(t.name, x) }

var ts = []*T{{"a"}, {"b"}}
var idx int

func pick() *T {
	println("pick", idx)
	return ts[idx]
}

func arg() int {
	idx = 1
	println("arg")
	return 42
}

func main() {
	pick().Call(arg())
}
