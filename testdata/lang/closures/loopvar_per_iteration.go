// run

// Go 1.22: each loop iteration has its own variable.
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()
}
