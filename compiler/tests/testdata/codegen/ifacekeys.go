package main

type K struct {
	a int
	s string
}

func main() {
	m := map[any]int{}
	m[1] = 10
	m["one"] = 11
	m[K{1, "x"}] = 12
	m[2.5] = 13
	m[true] = 14
	var p *int
	m[p] = 15
	m[nil] = 16
	println(len(m), m[1], m["one"], m[K{1, "x"}], m[2.5], m[true], m[p], m[nil], m[K{1, "y"}])
	m[1] += 100
	delete(m, "one")
	println(len(m), m[1], m["one"])
	type E interface{ Error() string }
	seen := map[interface{ Error() string }]bool{}
	println(len(seen))
	defer func() {
		println("recovered:", recover() != nil)
	}()
	m[[]int{1}] = 1
}
