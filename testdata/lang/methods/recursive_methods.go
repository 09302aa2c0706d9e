// run

// Methods calling each other recursively on a tree of expressions.
package main

type Expr struct {
	op          byte
	val         int
	left, right *Expr
}

func num(v int) *Expr            { return &Expr{val: v} }
func bin(op byte, l, r *Expr) *Expr { return &Expr{op: op, left: l, right: r} }

func (e *Expr) Eval() int {
	switch e.op {
	case '+':
		return e.left.Eval() + e.right.Eval()
	case '-':
		return e.left.Eval() - e.right.Eval()
	case '*':
		return e.left.Eval() * e.right.Eval()
	case '/':
		return e.left.Eval() / e.right.Eval()
	}
	return e.val
}

func (e *Expr) String() string {
	if e.op == 0 {
		if e.val < 0 {
			return "(" + itoa(e.val) + ")"
		}
		return itoa(e.val)
	}
	return "(" + e.left.String() + " " + string(e.op) + " " + e.right.String() + ")"
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

func main() {
	e := bin('*', bin('+', num(2), num(3)), bin('-', num(10), num(-4)))
	println(e.String(), "=", e.Eval())
	e2 := bin('/', e, num(7))
	println(e2.String(), "=", e2.Eval())
}
