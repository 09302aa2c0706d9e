// run

// iota patterns: bit flags, skipping, expressions, per-line reuse.
package main

type Perm uint

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx" {
		if p&(1<<uint(i)) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

const (
	c0 = iota * iota
	c1
	c2
	c3
)

const (
	h0, h1 = iota + 10, -iota
	h2, h3
)

const single = iota

func main() {
	for p := Perm(0); p < 8; p++ {
		println(p, p.String())
	}
	println(Read|Exec, (Read | Write | Exec).String())
	println(c0, c1, c2, c3)
	println(h0, h1, h2, h3, single)
}
