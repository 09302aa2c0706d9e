// run

// A tiny interpreted language: lexer, recursive-descent parser, tree-walking evaluator
// with variables, if/while, functions with recursion, and runtime errors reported via panic/recover.
package main

type TokKind int

const (
	TEOF TokKind = iota
	TNum
	TIdent
	TStr
	TOp
	TLParen
	TRParen
	TLBrace
	TRBrace
	TComma
	TSemi
)

type Token struct {
	Kind TokKind
	Text string
	Num  int
	Line int
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func lex(src string) []Token {
	var toks []Token
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == ' ' || c == '\t':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case isDigit(c):
			n := 0
			j := i
			for j < len(src) && isDigit(src[j]) {
				n = n*10 + int(src[j]-'0')
				j++
			}
			toks = append(toks, Token{TNum, src[i:j], n, line})
			i = j
		case isLetter(c):
			j := i
			for j < len(src) && (isLetter(src[j]) || isDigit(src[j])) {
				j++
			}
			toks = append(toks, Token{TIdent, src[i:j], 0, line})
			i = j
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				j++
			}
			toks = append(toks, Token{TStr, src[i+1 : j], 0, line})
			i = j + 1
		default:
			kinds := map[byte]TokKind{'(': TLParen, ')': TRParen, '{': TLBrace, '}': TRBrace, ',': TComma, ';': TSemi}
			if k, ok := kinds[c]; ok {
				toks = append(toks, Token{k, string(c), 0, line})
				i++
				continue
			}
			if i+1 < len(src) {
				two := src[i : i+2]
				if two == "==" || two == "!=" || two == "<=" || two == ">=" || two == "&&" || two == "||" {
					toks = append(toks, Token{TOp, two, 0, line})
					i += 2
					continue
				}
			}
			toks = append(toks, Token{TOp, string(c), 0, line})
			i++
		}
	}
	return append(toks, Token{TEOF, "", 0, line})
}

type Value interface{}

type Node interface {
	Eval(env *Env) Value
}

type Env struct {
	vars   map[string]Value
	parent *Env
}

func newEnv(parent *Env) *Env { return &Env{map[string]Value{}, parent} }

func (e *Env) Get(name string) Value {
	for s := e; s != nil; s = s.parent {
		if v, ok := s.vars[name]; ok {
			return v
		}
	}
	panic("undefined variable " + name)
}

func (e *Env) Set(name string, v Value) {
	for s := e; s != nil; s = s.parent {
		if _, ok := s.vars[name]; ok {
			s.vars[name] = v
			return
		}
	}
	e.vars[name] = v
}

type (
	NumLit  struct{ v int }
	StrLit  struct{ v string }
	VarRef  struct{ name string }
	BinOp   struct {
		op   string
		l, r Node
	}
	Assign struct {
		name string
		val  Node
	}
	If struct {
		cond       Node
		then, els  []Node
	}
	While struct {
		cond Node
		body []Node
	}
	FuncDef struct {
		name   string
		params []string
		body   []Node
	}
	Call struct {
		name string
		args []Node
	}
	Return struct{ val Node }
	Print  struct{ args []Node }
)

type returnSignal struct{ v Value }

func (n NumLit) Eval(*Env) Value     { return n.v }
func (n StrLit) Eval(*Env) Value     { return n.v }
func (n VarRef) Eval(e *Env) Value   { return e.Get(n.name) }
func (n Assign) Eval(e *Env) Value   { v := n.val.Eval(e); e.Set(n.name, v); return v }
func (n Return) Eval(e *Env) Value   { panic(returnSignal{n.val.Eval(e)}) }
func (n FuncDef) Eval(e *Env) Value  { e.vars[n.name] = n; return nil }

func truthy(v Value) bool {
	switch x := v.(type) {
	case int:
		return x != 0
	case string:
		return x != ""
	case bool:
		return x
	}
	return false
}

func runBlock(body []Node, e *Env) {
	for _, s := range body {
		s.Eval(e)
	}
}

func (n If) Eval(e *Env) Value {
	if truthy(n.cond.Eval(e)) {
		runBlock(n.then, e)
	} else {
		runBlock(n.els, e)
	}
	return nil
}

func (n While) Eval(e *Env) Value {
	for truthy(n.cond.Eval(e)) {
		runBlock(n.body, e)
	}
	return nil
}

func (n Print) Eval(e *Env) Value {
	for i, a := range n.args {
		if i > 0 {
			print(" ")
		}
		switch v := a.Eval(e).(type) {
		case int:
			print(v)
		case string:
			print(v)
		case bool:
			print(v)
		default:
			print("<nil>")
		}
	}
	println()
	return nil
}

func (n Call) Eval(e *Env) (result Value) {
	f, ok := e.Get(n.name).(FuncDef)
	if !ok {
		panic(n.name + " is not a function")
	}
	if len(f.params) != len(n.args) {
		panic("wrong argument count for " + n.name)
	}
	local := newEnv(e)
	for i, p := range f.params {
		local.vars[p] = n.args[i].Eval(e)
	}
	defer func() {
		if r := recover(); r != nil {
			if rs, ok := r.(returnSignal); ok {
				result = rs.v
				return
			}
			panic(r)
		}
	}()
	runBlock(f.body, local)
	return nil
}

func (n BinOp) Eval(e *Env) Value {
	if n.op == "&&" {
		return truthy(n.l.Eval(e)) && truthy(n.r.Eval(e))
	}
	if n.op == "||" {
		return truthy(n.l.Eval(e)) || truthy(n.r.Eval(e))
	}
	l, r := n.l.Eval(e), n.r.Eval(e)
	if ls, ok := l.(string); ok {
		rs, ok := r.(string)
		if !ok {
			panic("type mismatch in " + n.op)
		}
		switch n.op {
		case "+":
			return ls + rs
		case "==":
			return ls == rs
		case "!=":
			return ls != rs
		}
		panic("bad string operator " + n.op)
	}
	a, b := l.(int), r.(int)
	switch n.op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/":
		return a / b
	case "%":
		return a % b
	case "<":
		return a < b
	case ">":
		return a > b
	case "<=":
		return a <= b
	case ">=":
		return a >= b
	case "==":
		return a == b
	case "!=":
		return a != b
	}
	panic("unknown operator " + n.op)
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }
func (p *Parser) expect(text string) {
	t := p.next()
	if t.Text != text {
		panic("line " + itoa(t.Line) + ": expected " + text + ", got " + t.Text)
	}
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

var precedence = map[string]int{"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}

func (p *Parser) expr(minPrec int) Node {
	left := p.primary()
	for {
		t := p.peek()
		prec, ok := precedence[t.Text]
		if t.Kind != TOp || !ok || prec < minPrec {
			return left
		}
		p.next()
		right := p.expr(prec + 1)
		left = BinOp{t.Text, left, right}
	}
}

func (p *Parser) primary() Node {
	t := p.next()
	switch t.Kind {
	case TNum:
		return NumLit{t.Num}
	case TStr:
		return StrLit{t.Text}
	case TLParen:
		e := p.expr(1)
		p.expect(")")
		return e
	case TIdent:
		if p.peek().Kind == TLParen {
			p.next()
			var args []Node
			for p.peek().Kind != TRParen {
				args = append(args, p.expr(1))
				if p.peek().Kind == TComma {
					p.next()
				}
			}
			p.next()
			return Call{t.Text, args}
		}
		return VarRef{t.Text}
	case TOp:
		if t.Text == "-" {
			return BinOp{"-", NumLit{0}, p.primary()}
		}
	}
	panic("line " + itoa(t.Line) + ": unexpected " + t.Text)
}

func (p *Parser) block() []Node {
	p.expect("{")
	var body []Node
	for p.peek().Kind != TRBrace {
		body = append(body, p.stmt())
	}
	p.next()
	return body
}

func (p *Parser) stmt() Node {
	t := p.peek()
	if t.Kind == TIdent {
		switch t.Text {
		case "if":
			p.next()
			c := p.expr(1)
			then := p.block()
			var els []Node
			if p.peek().Text == "else" {
				p.next()
				els = p.block()
			}
			return If{c, then, els}
		case "while":
			p.next()
			c := p.expr(1)
			return While{c, p.block()}
		case "func":
			p.next()
			name := p.next().Text
			p.expect("(")
			var params []string
			for p.peek().Kind != TRParen {
				params = append(params, p.next().Text)
				if p.peek().Kind == TComma {
					p.next()
				}
			}
			p.next()
			return FuncDef{name, params, p.block()}
		case "return":
			p.next()
			v := p.expr(1)
			p.expect(";")
			return Return{v}
		case "print":
			p.next()
			var args []Node
			for p.peek().Kind != TSemi {
				args = append(args, p.expr(1))
				if p.peek().Kind == TComma {
					p.next()
				}
			}
			p.next()
			return Print{args}
		}
		if p.toks[p.pos+1].Text == "=" {
			p.next()
			p.next()
			v := p.expr(1)
			p.expect(";")
			return Assign{t.Text, v}
		}
	}
	e := p.expr(1)
	p.expect(";")
	return e
}

func run(name, src string) {
	println("== " + name)
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case string:
				println("error:", x)
			case error:
				println("runtime error:", x.Error())
			}
		}
	}()
	p := &Parser{toks: lex(src)}
	var prog []Node
	for p.peek().Kind != TEOF {
		prog = append(prog, p.stmt())
	}
	runBlock(prog, newEnv(nil))
}

func main() {
	run("arith", `x = 2 + 3 * 4; y = (2 + 3) * 4; print x, y, x % 5, -x + 1;`)
	run("loop", `
		i = 0; s = 0;
		while i < 10 { s = s + i * i; i = i + 1; }
		print "sum of squares", s;`)
	run("recursion", `
		func fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
		func fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); }
		print fib(15), fact(10);`)
	run("strings", `
		func greet(name) { return "hello, " + name; }
		s = greet("world"); print s, s == "hello, world";`)
	run("closure-ish", `
		count = 0;
		func bump() { count = count + 1; return count; }
		bump(); bump(); print "count", bump();`)
	run("fizzbuzz", `
		i = 1;
		while i <= 15 {
			if i % 15 == 0 { print "FizzBuzz"; } else { if i % 3 == 0 { print "Fizz"; } else { if i % 5 == 0 { print "Buzz"; } else { print i; } } }
			i = i + 1;
		}`)
	run("undefined", `print y;`)
	run("divzero", `a = 0; print 10 / a;`)
	run("syntax", `print (1 + 2;`)
	run("mismatch", `print "a" + 1;`)
}
