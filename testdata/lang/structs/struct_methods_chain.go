// run

// Builder pattern with pointer receivers returning the receiver.
package main

type Builder struct {
	parts []string
	sep   string
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Sep(s string) *Builder {
	b.sep = s
	return b
}

func (b *Builder) String() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += b.sep
		}
		out += p
	}
	return out
}

func main() {
	b := &Builder{}
	println(b.Add("a").Add("b").Sep("-").Add("c").String())
	var v Builder
	v.Sep(", ").Add("x").Add("y")
	println(v.String(), len(v.parts))
}
