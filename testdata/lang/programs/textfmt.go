// run

// A text formatter: word wrapping, full justification, centred headings, aligned tables, numbered lists and a word index.
package main

type Align int

const (
	Left Align = iota
	Right
	Center
)

type Doc struct {
	width int
	lines []string
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}

func repeat(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

func pad(s string, w int, a Align) string {
	gap := w - runeLen(s)
	switch a {
	case Right:
		return spaces(gap) + s
	case Center:
		l := gap / 2
		return spaces(l) + s + spaces(gap-l)
	}
	return s + spaces(gap)
}

// wrap breaks text into lines of at most width runes; overlong words get their own line.
func wrap(text string, width int) [][]string {
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range words(text) {
		wl := runeLen(w)
		if len(cur) > 0 && curLen+1+wl > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(ws []string, width int) string {
	if len(ws) == 1 {
		return ws[0]
	}
	total := 0
	for _, w := range ws {
		total += runeLen(w)
	}
	gaps := len(ws) - 1
	free := width - total
	out := ""
	for i, w := range ws {
		out += w
		if i < gaps {
			n := free / gaps
			if i < free%gaps {
				n++
			}
			out += spaces(n)
		}
	}
	return out
}

func (d *Doc) add(s string) { d.lines = append(d.lines, s) }

func (d *Doc) Heading(title string, level int) {
	if level == 1 {
		d.add(repeat('=', d.width))
		d.add(pad(title, d.width, Center))
		d.add(repeat('=', d.width))
		return
	}
	d.add(title)
	d.add(repeat('-', runeLen(title)))
}

func (d *Doc) Paragraph(text string, justified bool) {
	lines := wrap(text, d.width)
	for i, ws := range lines {
		if justified && i < len(lines)-1 {
			d.add(justify(ws, d.width))
		} else {
			s := ""
			for j, w := range ws {
				if j > 0 {
					s += " "
				}
				s += w
			}
			d.add(s)
		}
	}
	d.add("")
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func (d *Doc) List(items []string) {
	width := len(itoa(len(items))) + 2
	for i, it := range items {
		prefix := pad(itoa(i+1)+".", width, Right) + " "
		for j, ws := range wrap(it, d.width-len(prefix)) {
			line := ""
			for k, w := range ws {
				if k > 0 {
					line += " "
				}
				line += w
			}
			if j == 0 {
				d.add(prefix + line)
			} else {
				d.add(spaces(len(prefix)) + line)
			}
		}
	}
	d.add("")
}

func (d *Doc) Table(header []string, aligns []Align, rows [][]string) {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = runeLen(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], runeLen(c))
		}
	}
	sep := "+"
	for _, w := range widths {
		sep += repeat('-', w+2) + "+"
	}
	row := func(cells []string, header bool) string {
		s := "|"
		for i, c := range cells {
			a := aligns[i]
			if header {
				a = Center
			}
			s += " " + pad(c, widths[i], a) + " |"
		}
		return s
	}
	d.add(sep)
	d.add(row(header, true))
	d.add(sep)
	for _, r := range rows {
		d.add(row(r, false))
	}
	d.add(sep)
	d.add("")
}

func (d *Doc) Print() {
	for i, l := range d.lines {
		if runeLen(l) > d.width && l != "" {
			println("!! line", i, "too long")
		}
		println("|" + l)
	}
}

func index(text string) map[string][]int {
	idx := map[string][]int{}
	for i, w := range words(text) {
		clean := []byte{}
		for j := 0; j < len(w); j++ {
			c := w[j]
			if c >= 'A' && c <= 'Z' {
				c += 32
			}
			if c >= 'a' && c <= 'z' {
				clean = append(clean, c)
			}
		}
		if len(clean) > 3 {
			idx[string(clean)] = append(idx[string(clean)], i)
		}
	}
	return idx
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. " +
		"WebAssembly is a binary instruction format for a stack-based virtual machine, designed as a portable compilation target. " +
		"A compiler from Go to WebAssembly must map goroutines, garbage collection and interfaces onto a machine with no native support for any of them."
	d := &Doc{width: 40}
	d.Heading("gobuild report", 1)
	d.Heading("Summary", 2)
	d.Paragraph(text, true)
	d.Paragraph("Short ragged paragraph with a supercalifragilisticexpialidocious word in it.", false)
	d.List([]string{
		"parse every file in the package",
		"type-check with gc's error wording, sorted by position, at most ten",
		"emit one relocatable object per package",
		"link", "run on any WASI host", "measure", "repeat", "ship", "celebrate", "rest",
	})
	d.Table([]string{"stage", "files", "time", "ok"}, []Align{Left, Right, Right, Center}, [][]string{
		{"parse", "12", "0.8ms", "yes"},
		{"typecheck", "12", "3.1ms", "yes"},
		{"codegen", "7", "12.40ms", "no"},
		{"链接", "1", "1ms", "yes"},
	})
	d.Print()
	idx := index(text)
	var keys []string
	for k, v := range idx {
		if len(v) > 1 {
			keys = append(keys, k)
		}
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		print(k, ":")
		for _, p := range idx[k] {
			print(" ", p)
		}
		println()
	}
	println("distinct long words:", len(idx))
}
