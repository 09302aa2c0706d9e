// run

// Function values: nil funcs, comparison to nil, funcs in maps and structs.
package main

type Handler struct {
	name string
	fn   func(string) string
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func main() {
	var f func()
	println(f == nil)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, k := range []string{"add", "sub", "mul", "div"} {
		if op, ok := ops[k]; ok {
			println(k, op(7, 3))
		} else {
			println(k, "missing", ops[k] == nil)
		}
	}
	hs := []Handler{{"up", upper}, {"id", func(s string) string { return s }}}
	for _, h := range hs {
		println(h.name, h.fn("go"))
	}
}
