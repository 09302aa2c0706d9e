// run

// A tokenizer and recursive-descent evaluator for integer expressions
// with variables, written over a string without any library.
package main

const (
	tokEOF = iota
	tokNum
	tokIdent
	tokOp
	tokLParen
	tokRParen
	tokAssign
	tokSemi
	tokError
)

type Token struct {
	Kind int
	Text string
	Num  int64
	Pos  int
}

type Lexer struct {
	src string
	pos int
}

type Parser struct {
	toks []Token
	pos  int
	vars []Var
	err  string
}

type Var struct {
	Name  string
	Value int64
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func next(lx *Lexer) Token {
	for lx.pos < len(lx.src) && (lx.src[lx.pos] == ' ' || lx.src[lx.pos] == '\n' || lx.src[lx.pos] == '\t') {
		lx.pos++
	}
	start := lx.pos
	if lx.pos >= len(lx.src) {
		return Token{Kind: tokEOF, Pos: start}
	}
	c := lx.src[lx.pos]
	switch {
	case isDigit(c):
		var n int64
		for lx.pos < len(lx.src) && isDigit(lx.src[lx.pos]) {
			n = n*10 + int64(lx.src[lx.pos]-'0')
			lx.pos++
		}
		return Token{Kind: tokNum, Text: lx.src[start:lx.pos], Num: n, Pos: start}
	case isLetter(c):
		for lx.pos < len(lx.src) && (isLetter(lx.src[lx.pos]) || isDigit(lx.src[lx.pos])) {
			lx.pos++
		}
		return Token{Kind: tokIdent, Text: lx.src[start:lx.pos], Pos: start}
	case c == '(':
		lx.pos++
		return Token{Kind: tokLParen, Text: "(", Pos: start}
	case c == ')':
		lx.pos++
		return Token{Kind: tokRParen, Text: ")", Pos: start}
	case c == ';':
		lx.pos++
		return Token{Kind: tokSemi, Text: ";", Pos: start}
	case c == '=':
		lx.pos++
		return Token{Kind: tokAssign, Text: "=", Pos: start}
	case c == '*' && lx.pos+1 < len(lx.src) && lx.src[lx.pos+1] == '*':
		lx.pos += 2
		return Token{Kind: tokOp, Text: "**", Pos: start}
	case c == '+' || c == '-' || c == '*' || c == '/' || c == '%':
		lx.pos++
		return Token{Kind: tokOp, Text: lx.src[start:lx.pos], Pos: start}
	}
	lx.pos++
	return Token{Kind: tokError, Text: lx.src[start:lx.pos], Pos: start}
}

func tokenize(src string) []Token {
	lx := Lexer{src: src}
	var toks []Token
	for {
		t := next(&lx)
		toks = append(toks, t)
		if t.Kind == tokError {
			// Always end with EOF so the parser can look one token ahead.
			return append(toks, Token{Kind: tokEOF, Pos: lx.pos})
		}
		if t.Kind == tokEOF {
			return toks
		}
	}
}

func peek(p *Parser) Token { return p.toks[p.pos] }

func advance(p *Parser) Token {
	t := p.toks[p.pos]
	if t.Kind != tokEOF {
		p.pos++
	}
	return t
}

func fail(p *Parser, msg string) int64 {
	if p.err == "" {
		p.err = msg
	}
	return 0
}

func lookupVar(p *Parser, name string) (int64, bool) {
	for _, v := range p.vars {
		if v.Name == name {
			return v.Value, true
		}
	}
	return 0, false
}

func setVar(p *Parser, name string, value int64) {
	for i := range p.vars {
		if p.vars[i].Name == name {
			p.vars[i].Value = value
			return
		}
	}
	p.vars = append(p.vars, Var{name, value})
}

// primary = number | ident | '(' expr ')' | '-' primary
func primary(p *Parser) int64 {
	t := advance(p)
	switch t.Kind {
	case tokNum:
		return t.Num
	case tokIdent:
		v, ok := lookupVar(p, t.Text)
		if !ok {
			return fail(p, "undefined: "+t.Text)
		}
		return v
	case tokLParen:
		v := expr(p)
		if advance(p).Kind != tokRParen {
			return fail(p, "missing )")
		}
		return v
	case tokOp:
		if t.Text == "-" {
			return -primary(p)
		}
	}
	return fail(p, "unexpected "+t.Text)
}

// power = primary ['**' power]   (right associative)
func power(p *Parser) int64 {
	base := primary(p)
	if t := peek(p); t.Kind == tokOp && t.Text == "**" {
		advance(p)
		exp := power(p)
		result := int64(1)
		for i := int64(0); i < exp; i++ {
			result *= base
		}
		return result
	}
	return base
}

func term(p *Parser) int64 {
	v := power(p)
	for {
		t := peek(p)
		if t.Kind != tokOp || (t.Text != "*" && t.Text != "/" && t.Text != "%") {
			return v
		}
		advance(p)
		r := power(p)
		switch t.Text {
		case "*":
			v *= r
		case "/", "%":
			if r == 0 {
				return fail(p, "division by zero")
			}
			if t.Text == "/" {
				v /= r
			} else {
				v %= r
			}
		}
	}
}

func expr(p *Parser) int64 {
	v := term(p)
	for {
		t := peek(p)
		if t.Kind != tokOp || (t.Text != "+" && t.Text != "-") {
			return v
		}
		advance(p)
		if t.Text == "+" {
			v += term(p)
		} else {
			v -= term(p)
		}
	}
}

// program = { [ident '='] expr ';' }
func run(src string) {
	p := Parser{toks: tokenize(src)}
	for peek(&p).Kind != tokEOF && p.err == "" {
		if p.toks[p.pos].Kind == tokIdent && p.pos+1 < len(p.toks) && p.toks[p.pos+1].Kind == tokAssign {
			name := advance(&p).Text
			advance(&p)
			setVar(&p, name, expr(&p))
		} else {
			println("=", expr(&p))
		}
		if p.err == "" && advance(&p).Kind != tokSemi {
			fail(&p, "expected ;")
		}
	}
	if p.err != "" {
		println("error:", p.err, "near offset", p.toks[p.pos].Pos)
	}
	for _, v := range p.vars {
		println(" ", v.Name, "=", v.Value)
	}
}

func main() {
	for _, t := range tokenize("x1 = (3 + 42) ** 2 % 7;") {
		println(t.Kind, t.Text, t.Num, t.Pos)
	}
	run("1 + 2 * 3; (1 + 2) * 3; 2 ** 3 ** 2; -7 / 2; -7 % 2; 10 - 4 - 3;")
	run("a = 6; b = a * 7; c = b - a ** 2; a = a + b + c; a * 2;")
	run("x = 1; y = x / (x - 1);")
	run("z = q + 1;")
	run("1 + ;")
	run("3 $ 4;")
	run("big = 2 ** 62; big + big + big;")
}
