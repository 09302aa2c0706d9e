// run

// A backtracking regular-expression engine: parser to an AST, matcher with captures, and a test table.
package main

type nodeKind int

const (
	nLit nodeKind = iota
	nAny
	nClass
	nConcat
	nAlt
	nStar
	nPlus
	nQuest
	nGroup
	nBegin
	nEnd
)

type rnode struct {
	kind     nodeKind
	ch       byte
	ranges   [][2]byte
	negate   bool
	children []*rnode
	group    int
	lazy     bool
}

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return "regex parse error at " + itoa(e.Pos) + ": " + e.Msg }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

type rparser struct {
	src    string
	pos    int
	groups int
}

func (p *rparser) more() bool { return p.pos < len(p.src) }
func (p *rparser) peek() byte { return p.src[p.pos] }

func (p *rparser) alt() *rnode {
	left := p.concat()
	if p.more() && p.peek() == '|' {
		p.pos++
		right := p.alt()
		return &rnode{kind: nAlt, children: []*rnode{left, right}}
	}
	return left
}

func (p *rparser) concat() *rnode {
	n := &rnode{kind: nConcat}
	for p.more() && p.peek() != '|' && p.peek() != ')' {
		n.children = append(n.children, p.repeat())
	}
	return n
}

func (p *rparser) repeat() *rnode {
	atom := p.atom()
	for p.more() {
		var k nodeKind
		switch p.peek() {
		case '*':
			k = nStar
		case '+':
			k = nPlus
		case '?':
			k = nQuest
		default:
			return atom
		}
		p.pos++
		lazy := false
		if p.more() && p.peek() == '?' {
			lazy = true
			p.pos++
		}
		atom = &rnode{kind: k, children: []*rnode{atom}, lazy: lazy}
	}
	return atom
}

func (p *rparser) atom() *rnode {
	c := p.peek()
	p.pos++
	switch c {
	case '.':
		return &rnode{kind: nAny}
	case '^':
		return &rnode{kind: nBegin}
	case '$':
		return &rnode{kind: nEnd}
	case '(':
		p.groups++
		g := p.groups
		inner := p.alt()
		if !p.more() || p.peek() != ')' {
			panic(&ParseError{p.pos, "missing )"})
		}
		p.pos++
		return &rnode{kind: nGroup, children: []*rnode{inner}, group: g}
	case ')':
		panic(&ParseError{p.pos - 1, "unexpected )"})
	case '*', '+', '?':
		panic(&ParseError{p.pos - 1, "missing argument to repetition operator"})
	case '[':
		n := &rnode{kind: nClass}
		if p.more() && p.peek() == '^' {
			n.negate = true
			p.pos++
		}
		for {
			if !p.more() {
				panic(&ParseError{p.pos, "missing ]"})
			}
			lo := p.peek()
			p.pos++
			if lo == ']' && len(n.ranges) > 0 {
				return n
			}
			hi := lo
			if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' {
				hi = p.src[p.pos+1]
				p.pos += 2
			}
			n.ranges = append(n.ranges, [2]byte{lo, hi})
		}
	case '\\':
		if !p.more() {
			panic(&ParseError{p.pos, "trailing backslash"})
		}
		e := p.peek()
		p.pos++
		switch e {
		case 'd':
			return &rnode{kind: nClass, ranges: [][2]byte{{'0', '9'}}}
		case 'w':
			return &rnode{kind: nClass, ranges: [][2]byte{{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {'_', '_'}}}
		case 's':
			return &rnode{kind: nClass, ranges: [][2]byte{{' ', ' '}, {'\t', '\t'}, {'\n', '\n'}}}
		}
		return &rnode{kind: nLit, ch: e}
	}
	return &rnode{kind: nLit, ch: c}
}

type Regexp struct {
	root   *rnode
	groups int
	src    string
}

func Compile(src string) (re *Regexp, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*ParseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	p := &rparser{src: src}
	root := p.alt()
	if p.more() {
		panic(&ParseError{p.pos, "unexpected )"})
	}
	return &Regexp{root, p.groups, src}, nil
}

// match tries n at position i of s, then calls k with the new position (continuation-passing backtracking).
func (re *Regexp) match(n *rnode, s string, i int, caps []int, k func(int) bool) bool {
	switch n.kind {
	case nLit:
		return i < len(s) && s[i] == n.ch && k(i+1)
	case nAny:
		return i < len(s) && s[i] != '\n' && k(i+1)
	case nClass:
		if i >= len(s) {
			return false
		}
		in := false
		for _, r := range n.ranges {
			if s[i] >= r[0] && s[i] <= r[1] {
				in = true
				break
			}
		}
		return in != n.negate && k(i+1)
	case nBegin:
		return i == 0 && k(i)
	case nEnd:
		return i == len(s) && k(i)
	case nConcat:
		var step func(idx, pos int) bool
		step = func(idx, pos int) bool {
			if idx == len(n.children) {
				return k(pos)
			}
			return re.match(n.children[idx], s, pos, caps, func(p int) bool { return step(idx+1, p) })
		}
		return step(0, i)
	case nAlt:
		return re.match(n.children[0], s, i, caps, k) || re.match(n.children[1], s, i, caps, k)
	case nGroup:
		oldS, oldE := caps[2*n.group], caps[2*n.group+1]
		ok := re.match(n.children[0], s, i, caps, func(p int) bool {
			ps, pe := caps[2*n.group], caps[2*n.group+1]
			caps[2*n.group], caps[2*n.group+1] = i, p
			if k(p) {
				return true
			}
			caps[2*n.group], caps[2*n.group+1] = ps, pe
			return false
		})
		if !ok {
			caps[2*n.group], caps[2*n.group+1] = oldS, oldE
		}
		return ok
	case nQuest:
		if n.lazy {
			return k(i) || re.match(n.children[0], s, i, caps, k)
		}
		return re.match(n.children[0], s, i, caps, k) || k(i)
	case nStar, nPlus:
		var loop func(pos, count int) bool
		loop = func(pos, count int) bool {
			try := func() bool {
				return re.match(n.children[0], s, pos, caps, func(p int) bool {
					if p == pos {
						return false // empty iteration: stop looping
					}
					return loop(p, count+1)
				})
			}
			canStop := n.kind == nStar || count > 0
			if n.lazy {
				return canStop && k(pos) || try()
			}
			return try() || canStop && k(pos)
		}
		return loop(i, 0)
	}
	return false
}

// Find returns the leftmost match and its capture groups, or nil.
func (re *Regexp) Find(s string) []string {
	for start := 0; start <= len(s); start++ {
		caps := make([]int, 2*(re.groups+1))
		for i := range caps {
			caps[i] = -1
		}
		end := -1
		if re.match(re.root, s, start, caps, func(p int) bool { end = p; return true }) {
			caps[0], caps[1] = start, end
			out := make([]string, re.groups+1)
			for g := range out {
				if caps[2*g] >= 0 {
					out[g] = s[caps[2*g]:caps[2*g+1]]
				} else {
					out[g] = "<unset>"
				}
			}
			return out
		}
	}
	return nil
}

func (re *Regexp) FindAll(s string) []string {
	var out []string
	for pos := 0; pos <= len(s); {
		m := re.Find(s[pos:])
		if m == nil {
			break
		}
		out = append(out, m[0])
		idx := 0
		for idx+len(m[0]) <= len(s)-pos && s[pos+idx:pos+idx+len(m[0])] != m[0] {
			idx++
		}
		adv := idx + len(m[0])
		if len(m[0]) == 0 {
			adv++
		}
		pos += adv
	}
	return out
}

func main() {
	tests := []struct{ re, s string }{
		{"abc", "xxabcxx"},
		{"a.c", "abc adc"},
		{"^ab*$", "abbbb"},
		{"^ab*$", "abbbc"},
		{"(a|b)+c", "xxababbc"},
		{"(\\d+)-(\\d+)", "tel 555-1234 ok"},
		{"[a-c]+[^a-c]", "aabbccdd"},
		{"colou?r", "my color"},
		{"<.+>", "<a><b>"},
		{"<.+?>", "<a><b>"},
		{"(x*)(y*)z", "xxyyz"},
		{"((a)|(b))*", "abab"},
		{"\\w+@\\w+\\.com", "mail bob_1@example.com now"},
		{"^$", ""},
		{"a|", "b"},
	}
	for _, t := range tests {
		re, err := Compile(t.re)
		if err != nil {
			println(t.re, "compile error", err.Error())
			continue
		}
		m := re.Find(t.s)
		if m == nil {
			println(t.re, "on", t.s, "=> no match")
			continue
		}
		print(t.re, " on ", t.s, " =>")
		for _, g := range m {
			print(" [", g, "]")
		}
		println()
	}
	for _, bad := range []string{"(ab", "ab)", "*a", "[abc", "a\\"} {
		_, err := Compile(bad)
		println(bad, "=>", err.Error())
	}
	re, _ := Compile("\\d+")
	for _, m := range re.FindAll("a1 b22 c333 d") {
		print(m, " ")
	}
	println()
	words, _ := Compile("[a-z]+")
	n := 0
	for range words.FindAll("the quick brown fox jumps over the lazy dog") {
		n++
	}
	println("words", n)
}
