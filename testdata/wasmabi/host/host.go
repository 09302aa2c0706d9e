// Package main is the host-test plugin of issue 6 (shared/spec/wasm.md §1,
// §4, §5), built as a reactor (-buildmode=c-shared) and driven from Rust by
// driver/tests/wasmabi.rs: it exports functions of every allowed parameter
// and result type, reads strings and pointers the host placed in its
// memory, writes structs the host reads back, logs through a host import
// taking a string, and re-enters itself through a host callback.
//
// It imports no standard package besides unsafe and structs so that it
// builds as early as possible with gobuild; stdout is written through WASI
// fd_write directly.
package main

import (
	"structs"
	"unsafe"
)

//go:wasmimport host log
func hostLog(msg string)

//go:wasmimport host callback
func hostCallback(depth int32) int32

//go:wasmimport wasi_snapshot_preview1 fd_write
func fdWrite(fd int32, iovs *iovec, iovsLen int32, nwritten *int32) int32

type iovec struct {
	_   structs.HostLayout
	buf uint32
	len uint32
}

// writeOut writes s to stdout (fd 1).
func writeOut(s string) {
	if len(s) == 0 {
		return
	}
	iov := iovec{buf: uint32(uintptr(unsafe.Pointer(unsafe.StringData(s)))), len: uint32(len(s))}
	var n int32
	fdWrite(1, &iov, 1, &n)
}

// Point and Rect are written by the guest and read by the host.
type Point struct {
	_    structs.HostLayout
	X, Y int32
}

type Rect struct {
	_        structs.HostLayout
	Min, Max Point
}

// Mixed has every permitted field kind; offsets (C rules, as gc):
// B 0, I8 1, I16 2, U8 4, U16 6, I32 8, U32 12, I64 16, U64 24, F32 32,
// F64 40, Bytes 48, size 56.
type Mixed struct {
	_     structs.HostLayout
	B     bool
	I8    int8
	I16   int16
	U8    uint8
	U16   uint16
	I32   int32
	U32   uint32
	I64   int64
	U64   uint64
	F32   float32
	F64   float64
	Bytes [4]uint8
}

var (
	initCount int32
	calls     int64
	// keep holds every block handed to the host so the GC keeps it alive
	// (a pointer passed out is otherwise only valid during the call).
	keep [][]byte
	rect Rect
)

func init() {
	initCount++
	hostLog("init")
}

func main() {
	// Never run in a reactor.
	hostLog("main ran")
}

//go:wasmexport init_count
func getInitCount() int32 { return initCount }

//go:wasmexport counter
func counter() int64 {
	calls++
	return calls
}

// Scalars: every permitted parameter and result type.

//go:wasmexport add_i32
func addI32(a, b int32) int32 { return a + b }

//go:wasmexport add_u32
func addU32(a, b uint32) uint32 { return a + b }

//go:wasmexport add_i64
func addI64(a, b int64) int64 { return a + b }

//go:wasmexport add_u64
func addU64(a, b uint64) uint64 { return a + b }

//go:wasmexport mul_f32
func mulF32(a, b float32) float32 { return a * b }

//go:wasmexport mul_f64
func mulF64(a, b float64) float64 { return a * b }

//go:wasmexport not
func not(b bool) bool { return !b }

//go:wasmexport ptr_add
func ptrAdd(p unsafe.Pointer, n uint32) unsafe.Pointer { return unsafe.Add(p, n) }

//go:wasmexport uintptr_add
func uintptrAdd(p uintptr, n uint32) uintptr { return p + uintptr(n) }

//go:wasmexport mix
func mix(a int32, b int64, c float32, d float64, e bool, f uint32, g uint64) float64 {
	s := float64(a) + float64(b) + float64(c) + d + float64(f) + float64(g)
	if e {
		s = -s
	}
	return s
}

// Memory shared with the host.

//go:wasmexport alloc
func alloc(n uint32) unsafe.Pointer {
	b := make([]byte, n)
	keep = append(keep, b)
	return unsafe.Pointer(unsafe.SliceData(b))
}

//go:wasmexport count_byte
func countByte(s string, c uint32) int32 {
	n := int32(0)
	for i := 0; i < len(s); i++ {
		if uint32(s[i]) == c {
			n++
		}
	}
	return n
}

//go:wasmexport concat_len
func concatLen(a, b string) int64 { return int64(len(a + b)) }

//go:wasmexport greet
func greet(name string) { hostLog("hello, " + name) }

//go:wasmexport print
func print(s string) { writeOut(s) }

//go:wasmexport eprint
func eprint(s string) { println(s) }

//go:wasmexport fill_point
func fillPoint(p *Point, x, y int32) {
	p.X = x
	p.Y = y
}

//go:wasmexport make_rect
func makeRect(x0, y0, x1, y1 int32) *Rect {
	rect = Rect{Min: Point{X: x0, Y: y0}, Max: Point{X: x1, Y: y1}}
	return &rect
}

//go:wasmexport rect_area
func rectArea(r *Rect) int64 {
	return int64(r.Max.X-r.Min.X) * int64(r.Max.Y-r.Min.Y)
}

//go:wasmexport sum_array
func sumArray(a *[4]int32) int64 {
	s := int64(0)
	for _, v := range a {
		s += int64(v)
	}
	return s
}

//go:wasmexport fill_mixed
func fillMixed(m *Mixed) {
	m.B = true
	m.I8 = -8
	m.I16 = -16
	m.U8 = 8
	m.U16 = 16
	m.I32 = -32
	m.U32 = 32
	m.I64 = -64
	m.U64 = 64
	m.F32 = 1.5
	m.F64 = 2.25
	m.Bytes = [4]uint8{1, 2, 3, 4}
}

//go:wasmexport store_i64
func storeI64(p *int64, v int64) { *p = v }

//go:wasmexport load_u16
func loadU16(p *uint16) uint32 { return uint32(*p) }

//go:wasmexport is_true
func isTrue(p *bool) bool { return *p }

// Re-entry: export → host import → export, depth levels deep.

//go:wasmexport reenter
func reenter(depth int32) int32 {
	if depth <= 0 {
		return 0
	}
	return hostCallback(depth-1) + 1
}

// Panics.

//go:wasmexport do_panic
func doPanic(code int32) {
	if code == 7 {
		panic("boom 7")
	}
}

//go:wasmexport safe_div
func safeDiv(a, b int32) (q int32) {
	defer func() {
		if recover() != nil {
			q = -1
		}
	}()
	return a / b
}

//go:wasmexport recover_value
func recoverValue() (ok bool) {
	defer func() {
		ok = recover() == "caught"
	}()
	panic("caught")
}
