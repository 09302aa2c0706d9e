// run

// A compiler from expression ASTs to bytecode for a stack VM with jumps, locals, calls and a disassembler.
package main

type Opcode byte

const (
	OpPush Opcode = iota
	OpLoad
	OpStore
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpLt
	OpEq
	OpJmp
	OpJz
	OpCall
	OpRet
	OpPrint
	OpHalt
	OpPop
)

var opNames = map[Opcode]string{
	OpPush: "PUSH", OpLoad: "LOAD", OpStore: "STORE", OpAdd: "ADD", OpSub: "SUB", OpMul: "MUL",
	OpDiv: "DIV", OpLt: "LT", OpEq: "EQ", OpJmp: "JMP", OpJz: "JZ", OpCall: "CALL", OpRet: "RET",
	OpPrint: "PRINT", OpHalt: "HALT", OpPop: "POP",
}

func (o Opcode) HasArg() bool {
	switch o {
	case OpPush, OpLoad, OpStore, OpJmp, OpJz, OpCall:
		return true
	}
	return false
}

type Instr struct {
	Op  Opcode
	Arg int
}

// AST
type Expr interface{ compile(c *Compiler) }

type (
	Num    int
	Var    string
	Bin    struct {
		Op   byte
		L, R Expr
	}
	Let struct {
		Name string
		Val  Expr
	}
	Seq    []Expr
	IfElse struct{ Cond, Then, Else Expr }
	While  struct{ Cond, Body Expr }
	Print  struct{ E Expr }
	CallF  struct {
		Name string
		Args []Expr
	}
)

type Func struct {
	Name   string
	Params []string
	Body   Expr
}

type Compiler struct {
	code    []Instr
	locals  map[string]int
	funcs   map[string]int // name -> entry address
	pending map[int]string // call sites awaiting addresses
	nlocals int
}

func (c *Compiler) emit(op Opcode, arg int) int {
	c.code = append(c.code, Instr{op, arg})
	return len(c.code) - 1
}

func (c *Compiler) slot(name string) int {
	if s, ok := c.locals[name]; ok {
		return s
	}
	c.locals[name] = c.nlocals
	c.nlocals++
	return c.locals[name]
}

func (n Num) compile(c *Compiler) { c.emit(OpPush, int(n)) }
func (v Var) compile(c *Compiler) {
	s, ok := c.locals[string(v)]
	if !ok {
		panic("compile: undefined variable " + string(v))
	}
	c.emit(OpLoad, s)
}
func (b Bin) compile(c *Compiler) {
	b.L.compile(c)
	b.R.compile(c)
	ops := map[byte]Opcode{'+': OpAdd, '-': OpSub, '*': OpMul, '/': OpDiv, '<': OpLt, '=': OpEq}
	op, ok := ops[b.Op]
	if !ok {
		panic("compile: bad operator " + string(b.Op))
	}
	c.emit(op, 0)
}
func (l Let) compile(c *Compiler) { l.Val.compile(c); c.emit(OpStore, c.slot(l.Name)) }
func (s Seq) compile(c *Compiler) {
	for _, e := range s {
		e.compile(c)
	}
}
func (i IfElse) compile(c *Compiler) {
	i.Cond.compile(c)
	jz := c.emit(OpJz, -1)
	i.Then.compile(c)
	jmp := c.emit(OpJmp, -1)
	c.code[jz].Arg = len(c.code)
	if i.Else != nil {
		i.Else.compile(c)
	}
	c.code[jmp].Arg = len(c.code)
}
func (w While) compile(c *Compiler) {
	top := len(c.code)
	w.Cond.compile(c)
	jz := c.emit(OpJz, -1)
	w.Body.compile(c)
	c.emit(OpJmp, top)
	c.code[jz].Arg = len(c.code)
}
func (p Print) compile(c *Compiler) { p.E.compile(c); c.emit(OpPrint, 0) }
func (f CallF) compile(c *Compiler) {
	for _, a := range f.Args {
		a.compile(c)
	}
	site := c.emit(OpCall, -1)
	c.pending[site] = f.Name
}

func Compile(funcs []Func, main Expr) (code []Instr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &CompileError{r.(string)}
		}
	}()
	c := &Compiler{funcs: map[string]int{}, pending: map[int]string{}}
	c.locals = map[string]int{}
	main.compile(c)
	c.emit(OpHalt, 0)
	for _, f := range funcs {
		c.funcs[f.Name] = len(c.code)
		c.locals, c.nlocals = map[string]int{}, 0
		// arguments arrive on the stack, last on top
		for i := len(f.Params) - 1; i >= 0; i-- {
			c.emit(OpStore, c.slot(f.Params[i]))
		}
		f.Body.compile(c)
		c.emit(OpRet, 0)
	}
	for site, name := range c.pending {
		addr, ok := c.funcs[name]
		if !ok {
			panic("compile: undefined function " + name)
		}
		c.code[site].Arg = addr
	}
	return c.code, nil
}

type CompileError struct{ msg string }

func (e *CompileError) Error() string { return e.msg }

type frame struct {
	ret    int
	locals [16]int
}

type VM struct {
	code   []Instr
	stack  []int
	frames []*frame
	steps  int
	out    []int
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic("vm: stack underflow")
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (vm *VM) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case string:
				err = &CompileError{x}
			case error:
				err = &CompileError{"vm: " + x.Error()}
			}
		}
	}()
	vm.frames = []*frame{{ret: -1}}
	pc := 0
	for {
		vm.steps++
		if vm.steps > limit {
			panic("vm: step limit exceeded")
		}
		in := vm.code[pc]
		pc++
		fr := vm.frames[len(vm.frames)-1]
		switch in.Op {
		case OpPush:
			vm.push(in.Arg)
		case OpLoad:
			vm.push(fr.locals[in.Arg])
		case OpStore:
			fr.locals[in.Arg] = vm.pop()
		case OpAdd, OpSub, OpMul, OpDiv, OpLt, OpEq:
			b, a := vm.pop(), vm.pop()
			var r int
			switch in.Op {
			case OpAdd:
				r = a + b
			case OpSub:
				r = a - b
			case OpMul:
				r = a * b
			case OpDiv:
				r = a / b
			case OpLt:
				r = b2i(a < b)
			case OpEq:
				r = b2i(a == b)
			}
			vm.push(r)
		case OpJmp:
			pc = in.Arg
		case OpJz:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case OpCall:
			if len(vm.frames) > 200 {
				panic("vm: call depth exceeded")
			}
			vm.frames = append(vm.frames, &frame{ret: pc})
			pc = in.Arg
		case OpRet:
			vm.frames = vm.frames[:len(vm.frames)-1]
			pc = fr.ret
		case OpPrint:
			v := vm.pop()
			vm.out = append(vm.out, v)
			println("  out:", v)
		case OpPop:
			vm.pop()
		case OpHalt:
			return nil
		default:
			panic("vm: bad opcode")
		}
	}
}

func disasm(code []Instr) {
	for i, in := range code {
		if in.Op.HasArg() {
			println("  ", i, opNames[in.Op], in.Arg)
		} else {
			println("  ", i, opNames[in.Op])
		}
	}
}

func run(name string, funcs []Func, main Expr, show bool) {
	println("== " + name)
	code, err := Compile(funcs, main)
	if err != nil {
		println("  compile error:", err.Error())
		return
	}
	if show {
		disasm(code)
	}
	vm := &VM{code: code}
	if err := vm.Run(100000); err != nil {
		println("  run error:", err.Error())
	}
	println("  steps", vm.steps, "outputs", len(vm.out))
}

func main() {
	run("arith", nil, Print{Bin{'*', Bin{'+', Num(2), Num(3)}, Bin{'-', Num(10), Num(4)}}}, true)
	run("loop", nil, Seq{
		Let{"i", Num(0)}, Let{"s", Num(0)},
		While{Bin{'<', Var("i"), Num(10)}, Seq{
			Let{"s", Bin{'+', Var("s"), Var("i")}},
			Let{"i", Bin{'+', Var("i"), Num(1)}},
		}},
		Print{Var("s")},
	}, true)
	fact := Func{"fact", []string{"n"}, IfElse{Bin{'<', Var("n"), Num(2)}, Num(1), Bin{'*', Var("n"), CallF{"fact", []Expr{Bin{'-', Var("n"), Num(1)}}}}}}
	fib := Func{"fib", []string{"n"}, IfElse{Bin{'<', Var("n"), Num(2)}, Var("n"), Bin{'+', CallF{"fib", []Expr{Bin{'-', Var("n"), Num(1)}}}, CallF{"fib", []Expr{Bin{'-', Var("n"), Num(2)}}}}}}
	sub := Func{"sub", []string{"a", "b"}, Bin{'-', Var("a"), Var("b")}}
	run("calls", []Func{fact, fib, sub}, Seq{
		Print{CallF{"fact", []Expr{Num(10)}}},
		Print{CallF{"fib", []Expr{Num(15)}}},
		Print{CallF{"sub", []Expr{Num(10), Num(3)}}},
	}, false)
	run("undefined var", nil, Print{Var("nope")}, false)
	run("undefined func", nil, Print{CallF{"nope", nil}}, false)
	run("div by zero", nil, Print{Bin{'/', Num(1), Bin{'-', Num(2), Num(2)}}}, false)
	run("infinite", nil, While{Num(1), Seq{}}, false)
	forever := Func{"forever", []string{"n"}, CallF{"forever", []Expr{Var("n")}}}
	run("deep recursion", []Func{forever}, Print{CallF{"forever", []Expr{Num(1)}}}, false)
	run("bad op", nil, Print{Bin{'%', Num(1), Num(2)}}, false)
}
