// run

// A JSON-like tokenizer, parser into tagged values, pretty printer and query paths (no encoding/json).
package main

type Kind int

const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

type Value struct {
	Kind  Kind
	B     bool
	N     float64
	S     string
	Items []*Value
	Keys  []string
	Map   map[string]*Value
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return "syntax error at " + itoa(e.Pos) + ": " + e.Msg }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

type parser struct {
	s   string
	pos int
}

func (p *parser) fail(msg string) { panic(&SyntaxError{p.pos, msg}) }

func (p *parser) ws() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case ' ', '\n', '\t', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) peek() byte {
	p.ws()
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) lit(word string) {
	if p.pos+len(word) > len(p.s) || p.s[p.pos:p.pos+len(word)] != word {
		p.fail("expected " + word)
	}
	p.pos += len(word)
}

func (p *parser) value() *Value {
	switch c := p.peek(); {
	case c == 'n':
		p.lit("null")
		return &Value{Kind: Null}
	case c == 't':
		p.lit("true")
		return &Value{Kind: Bool, B: true}
	case c == 'f':
		p.lit("false")
		return &Value{Kind: Bool}
	case c == '"':
		return &Value{Kind: String, S: p.str()}
	case c == '[':
		p.pos++
		v := &Value{Kind: Array}
		if p.peek() == ']' {
			p.pos++
			return v
		}
		for {
			v.Items = append(v.Items, p.value())
			switch p.peek() {
			case ',':
				p.pos++
			case ']':
				p.pos++
				return v
			default:
				p.fail("expected , or ]")
			}
		}
	case c == '{':
		p.pos++
		v := &Value{Kind: Object, Map: map[string]*Value{}}
		if p.peek() == '}' {
			p.pos++
			return v
		}
		for {
			if p.peek() != '"' {
				p.fail("expected string key")
			}
			k := p.str()
			if p.peek() != ':' {
				p.fail("expected :")
			}
			p.pos++
			if _, dup := v.Map[k]; !dup {
				v.Keys = append(v.Keys, k)
			}
			v.Map[k] = p.value()
			switch p.peek() {
			case ',':
				p.pos++
			case '}':
				p.pos++
				return v
			default:
				p.fail("expected , or }")
			}
		}
	case c == '-' || c >= '0' && c <= '9':
		return &Value{Kind: Number, N: p.num()}
	case c == 0:
		p.fail("unexpected end of input")
	}
	p.fail("unexpected character " + string(p.s[p.pos]))
	return nil
}

func (p *parser) str() string {
	p.pos++
	var out []byte
	for {
		if p.pos >= len(p.s) {
			p.fail("unterminated string")
		}
		c := p.s[p.pos]
		p.pos++
		switch c {
		case '"':
			return string(out)
		case '\\':
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				out = append(out, '\n')
			case 't':
				out = append(out, '\t')
			case 'u':
				r := rune(0)
				for i := 0; i < 4; i++ {
					h := p.s[p.pos]
					p.pos++
					switch {
					case h >= '0' && h <= '9':
						r = r*16 + rune(h-'0')
					case h >= 'a' && h <= 'f':
						r = r*16 + rune(h-'a'+10)
					case h >= 'A' && h <= 'F':
						r = r*16 + rune(h-'A'+10)
					default:
						p.fail("bad hex digit")
					}
				}
				out = append(out, string(r)...)
			default:
				out = append(out, e)
			}
		default:
			out = append(out, c)
		}
	}
}

func (p *parser) num() float64 {
	neg := false
	if p.s[p.pos] == '-' {
		neg = true
		p.pos++
	}
	n := 0.0
	digits := 0
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		n = n*10 + float64(p.s[p.pos]-'0')
		p.pos++
		digits++
	}
	if p.pos < len(p.s) && p.s[p.pos] == '.' {
		p.pos++
		scale := 0.1
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			n += float64(p.s[p.pos]-'0') * scale
			scale /= 10
			p.pos++
			digits++
		}
	}
	if digits == 0 {
		p.fail("bad number")
	}
	if neg {
		n = -n
	}
	return n
}

func Parse(s string) (v *Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			v, err = nil, se
		}
	}()
	p := &parser{s: s}
	v = p.value()
	if p.peek() != 0 {
		p.fail("trailing data")
	}
	return v, nil
}

func fmtNum(f float64) string {
	if f == float64(int(f)) {
		return itoa(int(f))
	}
	neg := f < 0
	if neg {
		f = -f
	}
	whole := int(f)
	frac := int((f-float64(whole))*1000 + 0.5)
	s := itoa(whole) + "." + string(rune('0'+frac/100)) + string(rune('0'+frac/10%10)) + string(rune('0'+frac%10))
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if neg {
		s = "-" + s
	}
	return s
}

func quote(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			out = append(out, '\\', c)
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

func (v *Value) Compact() string {
	switch v.Kind {
	case Null:
		return "null"
	case Bool:
		if v.B {
			return "true"
		}
		return "false"
	case Number:
		return fmtNum(v.N)
	case String:
		return quote(v.S)
	case Array:
		s := "["
		for i, it := range v.Items {
			if i > 0 {
				s += ","
			}
			s += it.Compact()
		}
		return s + "]"
	}
	s := "{"
	for i, k := range v.Keys {
		if i > 0 {
			s += ","
		}
		s += quote(k) + ":" + v.Map[k].Compact()
	}
	return s + "}"
}

func (v *Value) Pretty(indent string) {
	switch v.Kind {
	case Array:
		if len(v.Items) == 0 {
			println(indent + "[]")
			return
		}
		println(indent + "[")
		for _, it := range v.Items {
			it.Pretty(indent + "  ")
		}
		println(indent + "]")
	case Object:
		println(indent + "{")
		for _, k := range v.Keys {
			c := v.Map[k]
			if c.Kind == Array || c.Kind == Object {
				println(indent + "  " + quote(k) + ":")
				c.Pretty(indent + "    ")
			} else {
				println(indent + "  " + quote(k) + ": " + c.Compact())
			}
		}
		println(indent + "}")
	default:
		println(indent + v.Compact())
	}
}

func (v *Value) Query(path ...any) (*Value, bool) {
	cur := v
	for _, step := range path {
		switch s := step.(type) {
		case string:
			if cur.Kind != Object {
				return nil, false
			}
			next, ok := cur.Map[s]
			if !ok {
				return nil, false
			}
			cur = next
		case int:
			if cur.Kind != Array || s < 0 || s >= len(cur.Items) {
				return nil, false
			}
			cur = cur.Items[s]
		}
	}
	return cur, true
}

func main() {
	doc := `{
		"name": "gobuild", "version": 1.25, "stable": false,
		"tags": ["wasm", "go", "compiler"],
		"authors": [{"name": "Ann", "commits": 120}, {"name": "Bo\"b", "commits": -3.5}],
		"empty": {}, "none": null, "nested": [[1, 2], [], [3, [4, "\u00e9\n"]]]
	}`
	v, err := Parse(doc)
	if err != nil {
		println(err.Error())
		return
	}
	println(v.Compact())
	v.Pretty("")
	for _, q := range [][]any{{"name"}, {"authors", 1, "name"}, {"nested", 2, 1, 0}, {"tags", 5}, {"version", "x"}} {
		r, ok := v.Query(q...)
		if ok {
			println("query ok:", r.Compact())
		} else {
			println("query miss")
		}
	}
	total := 0.0
	for _, a := range v.Map["authors"].Items {
		total += a.Map["commits"].N
	}
	println("total commits", fmtNum(total))
	for _, bad := range []string{`[1, 2`, `{"a" 1}`, `tru`, `[1,]`, `"abc`, `{"k": [}`, `1 2`, `-`} {
		_, err := Parse(bad)
		println(bad, "=>", err.Error())
	}
}
