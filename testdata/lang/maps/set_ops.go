// run

// Sets as map[T]struct{}: union, intersection, difference.
package main

type Set map[int]struct{}

func of(xs ...int) Set {
	s := Set{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set) sorted() []int {
	var out []int
	for k := range s {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func show(name string, s Set) {
	print(name, ":")
	for _, v := range s.sorted() {
		print(" ", v)
	}
	println()
}

func main() {
	a := of(1, 2, 3, 4, 5)
	b := of(4, 5, 6, 7)
	u, in, d := Set{}, Set{}, Set{}
	for k := range a {
		u[k] = struct{}{}
		if _, ok := b[k]; ok {
			in[k] = struct{}{}
		} else {
			d[k] = struct{}{}
		}
	}
	for k := range b {
		u[k] = struct{}{}
	}
	show("union", u)
	show("inter", in)
	show("diff", d)
}
