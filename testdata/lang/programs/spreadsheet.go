// run

// A spreadsheet with formula cells: parsing A1 references, SUM ranges, dependency tracking, cycle detection and recalculation.
package main

type CellRef struct {
	Col, Row int
}

func (r CellRef) String() string { return string(rune('A'+r.Col)) + itoa(r.Row+1) }

type Expr interface {
	Eval(s *Sheet) (float64, error)
	Refs() []CellRef
}

type (
	Const  float64
	Ref    CellRef
	BinOp  struct {
		op   byte
		l, r Expr
	}
	Func struct {
		name     string
		from, to CellRef
	}
)

type CycleError struct{ At CellRef }

func (e *CycleError) Error() string { return "#CYCLE at " + e.At.String() }

type EvalError struct{ msg string }

func (e *EvalError) Error() string { return e.msg }

func (c Const) Eval(*Sheet) (float64, error) { return float64(c), nil }
func (c Const) Refs() []CellRef                 { return nil }

func (r Ref) Eval(s *Sheet) (float64, error) { return s.value(CellRef(r)) }
func (r Ref) Refs() []CellRef                 { return []CellRef{CellRef(r)} }

func (b BinOp) Eval(s *Sheet) (float64, error) {
	l, err := b.l.Eval(s)
	if err != nil {
		return 0, err
	}
	r, err := b.r.Eval(s)
	if err != nil {
		return 0, err
	}
	switch b.op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, &EvalError{"#DIV/0"}
		}
		return l / r, nil
	}
	return 0, &EvalError{"#OP"}
}
func (b BinOp) Refs() []CellRef { return append(b.l.Refs(), b.r.Refs()...) }

func (f Func) cells() []CellRef {
	var out []CellRef
	for c := f.from.Col; c <= f.to.Col; c++ {
		for r := f.from.Row; r <= f.to.Row; r++ {
			out = append(out, CellRef{c, r})
		}
	}
	return out
}

func (f Func) Eval(s *Sheet) (float64, error) {
	cells := f.cells()
	var sum, mx float64
	for i, c := range cells {
		v, err := s.value(c)
		if err != nil {
			return 0, err
		}
		sum += v
		if i == 0 || v > mx {
			mx = v
		}
	}
	switch f.name {
	case "SUM":
		return sum, nil
	case "AVG":
		return sum / float64(len(cells)), nil
	case "MAX":
		return mx, nil
	}
	return 0, &EvalError{"#NAME " + f.name}
}
func (f Func) Refs() []CellRef { return f.cells() }

type Cell struct {
	src  string
	expr Expr
}

type Sheet struct {
	cells    map[CellRef]*Cell
	cache    map[CellRef]float64
	visiting map[CellRef]bool
	evals    int
}

func NewSheet() *Sheet { return &Sheet{cells: map[CellRef]*Cell{}} }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func fmtNum(f float64) string {
	neg := f < 0
	if neg {
		f = -f
	}
	scaled := int(f*100 + 0.5)
	s := itoa(scaled/100) + "."
	if scaled%100 < 10 {
		s += "0"
	}
	s += itoa(scaled % 100)
	if neg {
		s = "-" + s
	}
	return s
}

type parser struct {
	s   string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) ref() (CellRef, bool) {
	p.skip()
	if p.pos >= len(p.s) || p.s[p.pos] < 'A' || p.s[p.pos] > 'Z' {
		return CellRef{}, false
	}
	col := int(p.s[p.pos] - 'A')
	p.pos++
	row := 0
	start := p.pos
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		row = row*10 + int(p.s[p.pos]-'0')
		p.pos++
	}
	if p.pos == start {
		return CellRef{}, false
	}
	return CellRef{col, row - 1}, true
}

func (p *parser) expr() Expr {
	l := p.term()
	for {
		p.skip()
		if p.pos < len(p.s) && (p.s[p.pos] == '+' || p.s[p.pos] == '-') {
			op := p.s[p.pos]
			p.pos++
			l = BinOp{op, l, p.term()}
			continue
		}
		return l
	}
}

func (p *parser) term() Expr {
	l := p.factor()
	for {
		p.skip()
		if p.pos < len(p.s) && (p.s[p.pos] == '*' || p.s[p.pos] == '/') {
			op := p.s[p.pos]
			p.pos++
			l = BinOp{op, l, p.factor()}
			continue
		}
		return l
	}
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func (p *parser) factor() Expr {
	p.skip()
	if p.pos >= len(p.s) {
		panic("unexpected end of formula")
	}
	c := p.s[p.pos]
	switch {
	case c == '(':
		p.pos++
		e := p.expr()
		p.skip()
		p.pos++
		return e
	case c >= '0' && c <= '9':
		v := 0.0
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			v = v*10 + float64(p.s[p.pos]-'0')
			p.pos++
		}
		return Const(v)
	case c >= 'A' && c <= 'Z':
		if p.pos+3 < len(p.s) && p.s[p.pos+3] == '(' && isUpper(p.s[p.pos+1]) && isUpper(p.s[p.pos+2]) {
			name := p.s[p.pos : p.pos+3]
			p.pos += 4
			from, ok1 := p.ref()
			p.skip()
			p.pos++ // ':'
			to, ok2 := p.ref()
			p.skip()
			p.pos++ // ')'
			if !ok1 || !ok2 {
				panic("bad range in " + name)
			}
			return Func{name, from, to}
		}
		r, ok := p.ref()
		if !ok {
			panic("bad reference")
		}
		return Ref(r)
	}
	panic("unexpected character " + string(c))
}

func (s *Sheet) Set(ref string, src string) (err error) {
	p := &parser{s: ref}
	r, ok := p.ref()
	if !ok {
		return &EvalError{"bad cell name " + ref}
	}
	defer func() {
		if rec := recover(); rec != nil {
			err = &EvalError{"parse error in " + ref + ": " + rec.(string)}
		}
	}()
	var e Expr
	if len(src) > 0 && src[0] == '=' {
		fp := &parser{s: src[1:]}
		e = fp.expr()
		fp.skip()
		if fp.pos != len(fp.s) {
			panic("trailing input")
		}
	} else {
		fp := &parser{s: src}
		e = fp.factor()
	}
	s.cells[r] = &Cell{src, e}
	return nil
}

func (s *Sheet) value(r CellRef) (float64, error) {
	if v, ok := s.cache[r]; ok {
		return v, nil
	}
	c, ok := s.cells[r]
	if !ok {
		return 0, nil
	}
	if s.visiting[r] {
		return 0, &CycleError{r}
	}
	s.visiting[r] = true
	defer delete(s.visiting, r)
	s.evals++
	v, err := c.expr.Eval(s)
	if err != nil {
		return 0, err
	}
	s.cache[r] = v
	return v, nil
}

func (s *Sheet) Recalc() {
	s.cache = map[CellRef]float64{}
	s.visiting = map[CellRef]bool{}
	s.evals = 0
}

func (s *Sheet) Show(rows, cols int) {
	s.Recalc()
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			ref := CellRef{c, r}
			cell, ok := s.cells[ref]
			if !ok {
				continue
			}
			v, err := s.value(ref)
			if err != nil {
				println(ref.String(), cell.src, "=>", err.Error())
			} else {
				println(ref.String(), cell.src, "=>", fmtNum(v))
			}
		}
	}
	println("evaluations:", s.evals)
}

func (s *Sheet) Dependents(target CellRef) []string {
	var out []string
	for r := 0; r < 20; r++ {
		for c := 0; c < 26; c++ {
			ref := CellRef{c, r}
			cell, ok := s.cells[ref]
			if !ok {
				continue
			}
			for _, d := range cell.expr.Refs() {
				if d == target {
					out = append(out, ref.String())
					break
				}
			}
		}
	}
	return out
}

func main() {
	s := NewSheet()
	inputs := [][2]string{
		{"A1", "10"}, {"A2", "20"}, {"A3", "30"}, {"A4", "=SUM(A1:A3)"},
		{"B1", "=A1*2"}, {"B2", "=A2*2"}, {"B3", "=A3*2"}, {"B4", "=SUM(B1:B3)"},
		{"C1", "=B4/A4"}, {"C2", "=AVG(A1:B3)"}, {"C3", "=MAX(A1:B3) - (A1 + 3) * 2"},
		{"D1", "=A1/(A2-20)"}, {"D2", "=D3+1"}, {"D3", "=D2+1"}, {"D4", "=D1+5"},
	}
	for _, in := range inputs {
		if err := s.Set(in[0], in[1]); err != nil {
			println("set error:", err.Error())
		}
	}
	s.Show(4, 4)
	println("dependents of A1:", len(s.Dependents(CellRef{0, 0})))
	for _, d := range s.Dependents(CellRef{0, 1}) {
		print(d, " ")
	}
	println()
	s.Set("A1", "100")
	s.Set("A2", "25")
	s.Set("D2", "7")
	s.Show(4, 4)
	for _, bad := range [][2]string{{"E1", "=1+"}, {"E2", "=SUM(A1)"}, {"E3", "=A1 ? 2"}, {"9Z", "1"}, {"E4", "=(1+2"}} {
		if err := s.Set(bad[0], bad[1]); err != nil {
			println("set error:", err.Error())
		} else {
			println("accepted", bad[0], bad[1])
		}
	}
}
