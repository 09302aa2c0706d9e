// run

// Package-level closures and maps initialised before main.
package main

var table = map[string]func(int) int{
	"double": func(x int) int { return x * 2 },
	"square": func(x int) int { return x * x },
}

var order []string

func register(name string) int {
	order = append(order, name)
	return len(order)
}

var (
	r1 = register("first")
	r2 = register("second")
	r3 = register("third")
)

func init() {
	table["cube"] = func(x int) int { return x * x * x }
}

func main() {
	println(table["double"](4), table["square"](4), table["cube"](4))
	println(r1, r2, r3, len(order), order[0], order[2])
}
