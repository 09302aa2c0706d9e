package runtime

import "unsafe"

// Intrinsics: the compiler expands calls to these bodiless functions inline
// (compiler/src/lower/intrinsics.rs), so they cost no call.

// wasmMemorySize is memory.size: the current size of linear memory in 64 KiB pages.
func wasmMemorySize() int32

// wasmMemoryGrow is memory.grow: it adds pages and returns the previous size,
// or -1 when the host refuses.
func wasmMemoryGrow(pages int32) int32

// wasmUnreachable is the unreachable instruction: a trap.
func wasmUnreachable()

// heapBase is the address of the linker symbol __heap_base, the first byte
// after the data segments and the shadow stack.
func heapBase() uintptr

// Functions the linker defines (linker/src/synthetic.rs), because only the
// linker knows every package of the program.

// runInits calls each package's initialiser in the Go 1.21 order.
func runInits()

// callMain calls main.main.
func callMain()

// add returns p+x, for pointer arithmetic.
func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}
