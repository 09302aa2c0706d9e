package runtime

import "unsafe"

// Run-time panics. A run-time error is a runtimeError value handed to
// gopanic (iface.go), so deferred calls run and recover sees an error whose
// Error method gives gc's text; unrecovered, gopanic prints it, the
// goroutine header, and exits with status 2, as gc does.

// fatalpanic prints the end of a panic report and exits.
func fatalpanic() {
	printstring("\ngoroutine 1 [running]:\n")
	panicExit()
}

// runtimeError is the runtime.Error of a failed run-time check. signal
// marks a nil dereference, which gc on wasip1 reports through its signal
// path, with a "[signal ...]" line after the message.
type runtimeError struct {
	msg    string
	signal bool
}

func (e runtimeError) Error() string { return "runtime error: " + e.msg }

// RuntimeError marks the type as a runtime.Error.
func (e runtimeError) RuntimeError() {}

// panicRuntime panics with the run-time error "runtime error: MSG".
func panicRuntime(msg string) {
	gopanic(runtimeError{msg, false})
}

// panicstring is panic(s) for a string s.
func panicstring(s string) {
	gopanic(s)
}

// throw reports a fatal runtime error, which cannot be recovered.
func throw(s string) {
	printstring("fatal error: ")
	printstring(s)
	printnl()
	fatalpanic()
}

func panicdivide() {
	panicRuntime("integer divide by zero")
}

func panicshift() {
	panicRuntime("negative shift amount")
}

// panicmem is a nil pointer dereference. gc on wasip1 reports it through its
// signal path, hence the signal line.
func panicmem() {
	gopanic(runtimeError{"invalid memory address or nil pointer dereference", true})
}

// boundsError prints a bounds-check failure in gc's words. The format has
// the two operands x and y at the places marked by the kind; a negative x
// drops the "with length" part, as gc does.
func boundsError(prefix string, x int, middle string, y int, withY bool) {
	msg := prefix + itoa(x) + middle
	if withY {
		msg += itoa(y)
	}
	panicRuntime(msg)
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	var buf [24]byte
	i := len(buf)
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// panicIndex: s[x] with x >= len(s) = y (or x < 0).
func panicIndex(x int, y int) {
	if x < 0 {
		boundsError("index out of range [", x, "]", 0, false)
	}
	boundsError("index out of range [", x, "] with length ", y, true)
}

// panicSliceAlen: s[:x] with x > len(s) = y (strings and arrays).
func panicSliceAlen(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [:", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [:", x, "] with length ", y, true)
}

// panicSliceAcap: s[:x] with x > cap(s) = y.
func panicSliceAcap(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [:", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [:", x, "] with capacity ", y, true)
}

// panicSliceB: s[x:y] with x > y.
func panicSliceB(x int, y int) {
	panicRuntime("slice bounds out of range [" + itoa(x) + ":" + itoa(y) + "]")
}

// panicSlice3Alen: s[::x] with x > len(s) = y (arrays).
func panicSlice3Alen(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [::", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [::", x, "] with length ", y, true)
}

// panicSlice3Acap: s[::x] with x > cap(s) = y.
func panicSlice3Acap(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [::", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [::", x, "] with capacity ", y, true)
}

// panicSlice3B: s[:x:y] with x > y.
func panicSlice3B(x int, y int) {
	panicRuntime("slice bounds out of range [:" + itoa(x) + ":" + itoa(y) + "]")
}

// panicSlice3C: s[x:y:] with x > y.
func panicSlice3C(x int, y int) {
	panicRuntime("slice bounds out of range [" + itoa(x) + ":" + itoa(y) + ":]")
}

type stringer interface{ String() string }

// Panics and recover (compiler/src/lower/defers.rs). unwinding is the
// identity (stack pointer on entry) of the frame whose deferred call
// recovered; compiled code returns up to that frame.
var unwinding uintptr

// deferArm is set by a defer thunk just before it calls a deferred function
// that may call recover directly; that function moves it into a local on
// entry (clearing it), so only a directly deferred call can recover.
var deferArm bool

// _panic is one active panic. A panic raised while an earlier one runs its
// deferred calls links to it; all of them are printed when the program dies.
type _panic struct {
	arg        any
	link       *_panic
	recovered  bool
	repanicked bool
}

// panics is the innermost active panic.
var panics *_panic

// PanicNilError is the value of panic(nil) (Go 1.21+).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

// RuntimeError marks the type as a runtime.Error.
func (*PanicNilError) RuntimeError() {}

// gopanic runs the deferred calls, latest first; if one of them recovers,
// it marks the deferring frame for unwinding and returns (compiled code
// then returns up to that frame). Otherwise it prints the panic and exits.
func gopanic(v any) {
	if v == nil {
		v = new(PanicNilError)
	}
	p := &_panic{arg: v, link: panics}
	panics = p
	for deferchain != nil {
		d := deferchain
		deferchain = *(*unsafe.Pointer)(add(d, 4))
		f := *(*func())(unsafe.Pointer(&d))
		f()
		deferArm = false
		if p.recovered {
			panics = p.link
			unwinding = *(*uintptr)(add(d, 8))
			return
		}
	}
	// Mark re-raised values (same type and data words as the panic they
	// recovered) so that they are printed once, as gc does.
	for x := p; x != nil; x = x.link {
		if x.link != nil && efaceWords(x.link.arg) == efaceWords(x.arg) {
			x.link.repanicked = true
		}
	}
	printpanics(p)
	if e, ok := v.(runtimeError); ok && e.signal {
		printstring("[signal 0xb code=0x0 addr=0x0 pc=0x0]\n")
	}
	fatalpanic()
}

// efaceWords is the (type, data) pair of an interface value.
func efaceWords(v any) [2]uintptr {
	return *(*[2]uintptr)(unsafe.Pointer(&v))
}

// printpanics prints the chain of active panics, oldest first.
func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		if p.link.repanicked {
			return
		}
		printstring("\t")
	}
	printstring("panic: ")
	printpanicval(p.arg)
	if p.recovered && p.repanicked {
		printstring(" [recovered, repanicked]")
	} else if p.recovered {
		printstring(" [recovered]")
	}
	printnl()
}

// gorecover is recover(); armed says whether the caller was called directly
// by a deferred-call thunk.
func gorecover(armed bool) any {
	p := panics
	if !armed || p == nil || p.recovered {
		return nil
	}
	p.recovered = true
	return p.arg
}

func printpanicval(v any) {
	if err, ok := v.(error); ok {
		printstring(err.Error())
		return
	}
	if s, ok := v.(stringer); ok {
		printstring(s.String())
		return
	}
	switch x := v.(type) {
	case nil:
		printstring("nil")
	case bool:
		printbool(x)
	case int:
		printint(int64(x))
	case int8:
		printint(int64(x))
	case int16:
		printint(int64(x))
	case int32:
		printint(int64(x))
	case int64:
		printint(x)
	case uint:
		printuint(uint64(x))
	case uint8:
		printuint(uint64(x))
	case uint16:
		printuint(uint64(x))
	case uint32:
		printuint(uint64(x))
	case uint64:
		printuint(x)
	case uintptr:
		printuint(uint64(x))
	case float32:
		printfloat32(x)
	case float64:
		printfloat64(x)
	case complex64:
		printcomplex64(x)
	case complex128:
		printcomplex128(x)
	case string:
		printstring(x)
	default:
		printanycustomtype(v)
	}
}

func printanycustomtype(v any) {
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
	t := (*_type)(w[0])
	p := w[1]
	switch t.kind {
	case 1:
		printstring(t.str)
		printstring("(")
		printbool(*(*bool)(p))
		printstring(")")
	case 2, 6:
		printstring(t.str)
		printstring("(")
		printint(*(*int64)(p))
		printstring(")")
	case 24:
		printstring(t.str)
		printstring("(\"")
		printstring(*(*string)(p))
		printstring("\")")
	default:
		printstring("(")
		printstring(t.str)
		printstring(") ")
		printpointer(p)
	}
}

// deferchain heads the program's chain of defer records
// (compiler/src/lower/defers.rs); each record is a func() value.
var deferchain unsafe.Pointer

// rundefers runs every pending deferred call, latest first (an unrecovered
// panic runs them before printing its message, as gc does).
func rundefers() {
	for deferchain != nil {
		d := deferchain
		deferchain = *(*unsafe.Pointer)(add(d, 4))
		f := *(*func())(unsafe.Pointer(&d))
		f()
	}
}
