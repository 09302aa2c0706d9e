// run

// Building strings with a growing []byte buffer and a join helper.
package main

type Builder struct{ buf []byte }

func (b *Builder) WriteString(s string) { b.buf = append(b.buf, s...) }
func (b *Builder) WriteByte(c byte)     { b.buf = append(b.buf, c) }
func (b *Builder) WriteInt(n int) {
	if n < 0 {
		b.WriteByte('-')
		n = -n
	}
	if n >= 10 {
		b.WriteInt(n / 10)
	}
	b.WriteByte(byte('0' + n%10))
}
func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }

func join(parts []string, sep string) string {
	var b Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

func main() {
	var b Builder
	for i := -3; i <= 3; i++ {
		b.WriteInt(i * 7)
		b.WriteByte(',')
	}
	println(b.String(), b.Len())
	println(join([]string{"a", "b", "c"}, ", "), join(nil, "-") == "", join([]string{"x"}, "-"))
	var big Builder
	for i := 0; i < 1000; i++ {
		big.WriteString("ab")
	}
	println(big.Len(), big.String()[1990:])
}
