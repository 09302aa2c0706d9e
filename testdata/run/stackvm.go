// run

// A tiny stack virtual machine: bytecode assembled into a slice of
// instructions, a data stack, a call stack and a few programs.
package main

const (
	opPush = iota
	opPop
	opDup
	opSwap
	opOver
	opAdd
	opSub
	opMul
	opDiv
	opMod
	opLt
	opEq
	opJmp
	opJz
	opCall
	opRet
	opLoad
	opStore
	opPrint
	opHalt
)

var opNames = [...]string{"push", "pop", "dup", "swap", "over", "add", "sub", "mul", "div", "mod",
	"lt", "eq", "jmp", "jz", "call", "ret", "load", "store", "print", "halt"}

type Instr struct {
	Op  int
	Arg int64
}

type VM struct {
	code   []Instr
	stack  []int64
	calls  []int
	mem    [16]int64
	pc     int
	steps  int
	output []int64
}

func push(vm *VM, v int64) { vm.stack = append(vm.stack, v) }

func pop(vm *VM) int64 {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func step(vm *VM) bool {
	in := vm.code[vm.pc]
	vm.pc++
	vm.steps++
	switch in.Op {
	case opPush:
		push(vm, in.Arg)
	case opPop:
		pop(vm)
	case opDup:
		v := pop(vm)
		push(vm, v)
		push(vm, v)
	case opSwap:
		b, a := pop(vm), pop(vm)
		push(vm, b)
		push(vm, a)
	case opOver:
		push(vm, vm.stack[len(vm.stack)-2])
	case opAdd, opSub, opMul, opDiv, opMod, opLt, opEq:
		b, a := pop(vm), pop(vm)
		var r int64
		switch in.Op {
		case opAdd:
			r = a + b
		case opSub:
			r = a - b
		case opMul:
			r = a * b
		case opDiv:
			r = a / b
		case opMod:
			r = a % b
		case opLt:
			if a < b {
				r = 1
			}
		case opEq:
			if a == b {
				r = 1
			}
		}
		push(vm, r)
	case opJmp:
		vm.pc = int(in.Arg)
	case opJz:
		if pop(vm) == 0 {
			vm.pc = int(in.Arg)
		}
	case opCall:
		vm.calls = append(vm.calls, vm.pc)
		vm.pc = int(in.Arg)
	case opRet:
		if len(vm.calls) == 0 {
			return false
		}
		vm.pc = vm.calls[len(vm.calls)-1]
		vm.calls = vm.calls[:len(vm.calls)-1]
	case opLoad:
		push(vm, vm.mem[in.Arg])
	case opStore:
		vm.mem[in.Arg] = pop(vm)
	case opPrint:
		v := pop(vm)
		vm.output = append(vm.output, v)
		println("out:", v)
	case opHalt:
		return false
	}
	return true
}

func run(name string, code []Instr) *VM {
	vm := &VM{code: code}
	for step(vm) {
	}
	println(name, "halted after", vm.steps, "steps, stack depth", len(vm.stack))
	return vm
}

func disasm(code []Instr) {
	for i, in := range code {
		if in.Op == opPush || in.Op == opJmp || in.Op == opJz || in.Op == opCall || in.Op == opLoad || in.Op == opStore {
			println(i, opNames[in.Op], in.Arg)
		} else {
			println(i, opNames[in.Op])
		}
	}
}

func main() {
	// (2 + 3) * 7 - 1
	arith := []Instr{{opPush, 2}, {opPush, 3}, {opAdd, 0}, {opPush, 7}, {opMul, 0}, {opPush, 1}, {opSub, 0}, {opPrint, 0}, {opHalt, 0}}
	disasm(arith)
	run("arith", arith)

	// Sum 1..100 with a loop: mem[0] = i, mem[1] = sum.
	loop := []Instr{
		{opPush, 1}, {opStore, 0}, {opPush, 0}, {opStore, 1},
		/* 4 */ {opLoad, 0}, {opPush, 101}, {opLt, 0}, {opJz, 17},
		/* 8 */ {opLoad, 1}, {opLoad, 0}, {opAdd, 0}, {opStore, 1},
		/* 12 */ {opLoad, 0}, {opPush, 1}, {opAdd, 0}, {opStore, 0}, {opJmp, 4},
		/* 17 */ {opLoad, 1}, {opPrint, 0}, {opHalt, 0},
	}
	run("loop", loop)

	// Recursive factorial through call/ret: fact(n) with n on the stack.
	fact := []Instr{
		/* 0 */ {opPush, 20}, {opCall, 4}, {opPrint, 0}, {opHalt, 0},
		/* 4 */ {opDup, 0}, {opPush, 2}, {opLt, 0}, {opJz, 11},
		/* 8 */ {opPop, 0}, {opPush, 1}, {opRet, 0},
		/* 11 */ {opDup, 0}, {opPush, 1}, {opSub, 0}, {opCall, 4}, {opMul, 0}, {opRet, 0},
	}
	vm := run("fact", fact)
	println("fact(20) =", vm.output[0])

	// gcd with swap/over/mod.
	gcd := []Instr{
		{opPush, 1071}, {opPush, 462},
		/* 2 */ {opDup, 0}, {opJz, 9},
		/* 4 */ {opSwap, 0}, {opOver, 0}, {opMod, 0}, {opJmp, 2}, {opHalt, 0},
		/* 9 */ {opPop, 0}, {opPrint, 0}, {opHalt, 0},
	}
	run("gcd", gcd)
}
