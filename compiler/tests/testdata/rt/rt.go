// Package runtime is a tiny stand-in for gobuild's runtime, used by the
// compiler's codegen tests: it defines every function the compiler calls,
// with the signatures of compiler/src/lower/runtime.rs, as simply as
// possible (a bump allocator, byte loops, unbuffered output).
package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 fd_write
func fd_write(fd int32, iovs unsafe.Pointer, n int32, written unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func proc_exit(code int32)

func wasmMemorySize() int32
func wasmMemoryGrow(pages int32) int32
func wasmUnreachable()
func heapBase() uintptr
func runInits()
func callMain()

var next uintptr

func rt0_start() {
	next = heapBase()
	runInits()
	callMain()
	exit(0)
}

func exit(code int32) {
	proc_exit(code)
	wasmUnreachable()
}

func alloc(size uintptr, align uintptr) unsafe.Pointer {
	p := (next + 7) &^ 7
	next = p + size + 1
	for next > uintptr(wasmMemorySize())*65536 {
		if wasmMemoryGrow(1) < 0 {
			wasmUnreachable()
		}
	}
	return unsafe.Pointer(p)
}

func memmove(dst, src unsafe.Pointer, n uintptr) {
	d := uintptr(dst)
	s := uintptr(src)
	if d < s {
		for i := uintptr(0); i < n; i++ {
			*(*byte)(unsafe.Pointer(d + i)) = *(*byte)(unsafe.Pointer(s + i))
		}
		return
	}
	for i := n; i > 0; i-- {
		*(*byte)(unsafe.Pointer(d + i - 1)) = *(*byte)(unsafe.Pointer(s + i - 1))
	}
}

func memequal(a, b unsafe.Pointer, n uintptr) bool {
	for i := uintptr(0); i < n; i++ {
		if *(*byte)(unsafe.Pointer(uintptr(a) + i)) != *(*byte)(unsafe.Pointer(uintptr(b) + i)) {
			return false
		}
	}
	return true
}

func concatstring2(a, b string) string {
	p := alloc(uintptr(len(a)+len(b)), 1)
	memmove(p, unsafe.Pointer(unsafe.StringData(a)), uintptr(len(a)))
	memmove(unsafe.Add(p, len(a)), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(b)))
	return unsafe.String((*byte)(p), len(a)+len(b))
}

func concatstrings(parts []string) string {
	s := ""
	for _, p := range parts {
		s = concatstring2(s, p)
	}
	return s
}

func cmpstring(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func eqstring(a, b string) bool {
	return len(a) == len(b) && cmpstring(a, b) == 0
}

func growslice(old unsafe.Pointer, oldLen, oldCap, newLen int, elemSize, elemAlign uintptr) (unsafe.Pointer, int) {
	c := oldCap * 2
	if c < newLen {
		c = newLen
	}
	p := alloc(uintptr(c)*elemSize, elemAlign)
	memmove(p, old, uintptr(oldLen)*elemSize)
	return p, c
}

func makeslice(n, c int, elemSize uintptr) unsafe.Pointer {
	if n < 0 || n > c {
		panicstring("makeslice: len out of range")
	}
	return alloc(uintptr(c)*elemSize, 8)
}

func stringtoslicebyte(s string) []byte {
	b := make([]byte, len(s))
	copy(b, s)
	return b
}

func slicebytetostring(p unsafe.Pointer, n int) string {
	q := alloc(uintptr(n), 1)
	memmove(q, p, uintptr(n))
	return unsafe.String((*byte)(q), n)
}

func stringtoslicerune(s string) []rune {
	var r []rune
	for _, c := range s {
		r = append(r, c)
	}
	return r
}

func slicerunetostring(p unsafe.Pointer, n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += intstring(int64(*(*rune)(unsafe.Add(p, i*4))))
	}
	return s
}

func intstring(v int64) string {
	b := []byte{byte(v)}
	return string(b)
}

func decoderune(s string, k int) (rune, int) {
	return 0xFFFD, k + 1
}

var iov [2]uint32
var nw int32

func write(s string) {
	iov[0] = uint32(uintptr(unsafe.Pointer(unsafe.StringData(s))))
	iov[1] = uint32(len(s))
	fd_write(2, unsafe.Pointer(&iov), 1, unsafe.Pointer(&nw))
}

func printstring(s string) { write(s) }
func printsp()             { write(" ") }
func printnl()             { write("\n") }
func printbool(b bool) {
	if b {
		write("true")
	} else {
		write("false")
	}
}
func printint(v int64) {
	if v < 0 {
		write("-")
		v = -v
	}
	printuint(uint64(v))
}
func printuint(v uint64) {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	write(string(buf[i:]))
}
func printhex(v uint64)             { printuint(v) }
func printpointer(p unsafe.Pointer) { printhex(uint64(uintptr(p))) }
func printfloat64(f float64)        { printint(int64(f)) }
func printfloat32(f float32)        { printint(int64(f)) }

func fatal(msg string) {
	write("panic: runtime error: ")
	write(msg)
	write("\n\ngoroutine 1 [running]:\n")
	exit(2)
}

func panicIndex(x int, y int)      { fatal("index out of range") }
func panicSliceAlen(x int, y int)  { fatal("slice bounds out of range") }
func panicSliceAcap(x int, y int)  { fatal("slice bounds out of range") }
func panicSliceB(x int, y int)     { fatal("slice bounds out of range") }
func panicSlice3Alen(x int, y int) { fatal("slice bounds out of range") }
func panicSlice3Acap(x int, y int) { fatal("slice bounds out of range") }
func panicSlice3B(x int, y int)    { fatal("slice bounds out of range") }
func panicSlice3C(x int, y int)    { fatal("slice bounds out of range") }
func panicdivide()                 { fatal("integer divide by zero") }
func panicshift()                  { fatal("negative shift amount") }
func panicmem()                    { fatal("invalid memory address or nil pointer dereference") }
func panicstring(msg string) {
	write("panic: ")
	write(msg)
	write("\n\ngoroutine 1 [running]:\n")
	exit(2)
}

// Interfaces (descriptor layout: compiler/src/lower/typedesc.rs, methods.rs).

type imethod struct {
	key  string
	hash uint32
	fn   uint32
}

type typedesc struct {
	size, hash uint32
	kind       uint8
	direct     uint8
	comparable uint8
	_          uint8
	equal      uint32
	str        string
	count      uint32
	methods    unsafe.Pointer
}

func tname(t unsafe.Pointer) string {
	if t == nil {
		return "nil"
	}
	return (*typedesc)(t).str
}

func panicdottype(have, want, iface unsafe.Pointer) {
	fatal("interface conversion: " + tname(iface) + " is " + tname(have) + ", not " + tname(want))
}

func panicuncomparable(t unsafe.Pointer) {
	fatal("comparing uncomparable type " + tname(t))
}

func getitab(iface, typ unsafe.Pointer, canfail bool) unsafe.Pointer {
	it := (*typedesc)(iface)
	tt := (*typedesc)(typ)
	tab := alloc(uintptr(4+4*it.count), 4)
	*(*unsafe.Pointer)(tab) = typ
	for i := uint32(0); i < it.count; i++ {
		im := (*imethod)(unsafe.Add(it.methods, i*24))
		found := false
		for j := uint32(0); j < tt.count; j++ {
			tm := (*imethod)(unsafe.Add(tt.methods, j*24))
			if tm.key == im.key && tm.hash == im.hash {
				*(*uint32)(unsafe.Add(tab, 4+4*i)) = tm.fn
				found = true
				break
			}
		}
		if !found {
			if canfail {
				return nil
			}
			fatal("interface conversion: " + tname(typ) + " is not " + tname(iface) + ": missing method " + im.key)
		}
	}
	return tab
}
