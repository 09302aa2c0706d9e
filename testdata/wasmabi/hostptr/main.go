// Beyond gc (shared/spec/wasm.md §4): a structs.HostLayout struct may hold
// pointer fields (*T to a permitted type, unsafe.Pointer, uintptr), laid
// out as the wasm32 C ABI does (4-byte pointers, natural alignment):
//
//	Data @0, Len @4, Raw @8, Addr @12, Total @16; size 24.
//
// gc rejects this package today:
//
//	go:wasmimport: unsupported parameter type *Buffer
//	go:wasmexport: unsupported parameter type *Buffer
//
// gobuild must build it (driver/tests/wasmabi.rs gobuild_hostptr_builds_and_lays_out).
package main

import (
	"structs"
	"unsafe"
)

type Buffer struct {
	_     structs.HostLayout
	Data  *byte
	Len   uint32
	Raw   unsafe.Pointer
	Addr  uintptr
	Total int64
}

//go:wasmimport host send
func send(b *Buffer)

var msg = []byte("hello")

//go:wasmexport fill
func fill(b *Buffer) {
	b.Data = &msg[0]
	b.Len = uint32(len(msg))
	b.Raw = unsafe.Pointer(&msg[0])
	b.Addr = uintptr(unsafe.Pointer(&msg[1]))
	b.Total = -5
	send(b)
}

//go:wasmexport size_of_buffer
func sizeOfBuffer() int32 { return int32(unsafe.Sizeof(Buffer{})) }

// alloc gives the host memory that stays alive.
var keep [][]byte

//go:wasmexport alloc
func alloc(n uint32) unsafe.Pointer {
	b := make([]byte, n)
	keep = append(keep, b)
	return unsafe.Pointer(&b[0])
}

func main() {}
