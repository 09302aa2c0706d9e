package runtime

import "unsafe"

// The heap occupies linear memory from __heap_base to the end of memory.
//
// This allocator hands out memory in address order and never reuses it: the
// garbage collector (a later stage, see ARCHITECTURE.md "Memory management")
// replaces it with size-classed spans over the same region. Memory fresh from
// memory.grow is zero, and nothing is reused, so every block is already
// zeroed, as Go requires of new objects.

const (
	pageSize = 64 << 10
	// maxAlloc bounds one allocation: larger requests cannot fit in a
	// 32-bit address space beside the program.
	maxAlloc = 1 << 31
)

var (
	heapNext uintptr // first free byte
	heapEnd  uintptr // end of linear memory
)

func mallocinit() {
	heapNext = heapBase()
	heapEnd = uintptr(wasmMemorySize()) * pageSize
}

// alloc returns size bytes of zeroed memory aligned to align (a power of
// two). A zero-size allocation returns a distinct non-nil address, as Go's
// zerobase does.
func alloc(size uintptr, align uintptr) unsafe.Pointer {
	if align < 8 {
		align = 8
	}
	if size >= maxAlloc {
		throw("out of memory")
	}
	p := (heapNext + align - 1) &^ (align - 1)
	end := p + size
	if size == 0 {
		end = p + 1
	}
	if end > heapEnd || end < p {
		grow(end)
	}
	heapNext = end
	return unsafe.Pointer(p)
}

// grow extends linear memory so that it ends at or after end.
func grow(end uintptr) {
	need := (end - heapEnd + pageSize - 1) / pageSize
	// Grow at least geometrically, so that a growing heap costs few
	// memory.grow calls.
	cur := heapEnd / pageSize
	if need < cur/4 {
		need = cur / 4
	}
	if wasmMemoryGrow(int32(need)) < 0 {
		throw("out of memory")
	}
	heapEnd = uintptr(wasmMemorySize()) * pageSize
}

// memmove copies n bytes from src to dst; the ranges may overlap.
func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n == 0 || dst == src {
		return
	}
	d := uintptr(dst)
	s := uintptr(src)
	if d < s || d >= s+n {
		// Forward: word by word while both are 8-aligned.
		if (d|s)&7 == 0 {
			for n >= 8 {
				*(*uint64)(unsafe.Pointer(d)) = *(*uint64)(unsafe.Pointer(s))
				d += 8
				s += 8
				n -= 8
			}
		}
		for n > 0 {
			*(*byte)(unsafe.Pointer(d)) = *(*byte)(unsafe.Pointer(s))
			d++
			s++
			n--
		}
		return
	}
	// Backward, for a destination that overlaps the source's tail.
	for n > 0 {
		n--
		*(*byte)(unsafe.Pointer(d + n)) = *(*byte)(unsafe.Pointer(s + n))
	}
}

// memclr zeroes n bytes at p.
func memclr(p unsafe.Pointer, n uintptr) {
	d := uintptr(p)
	for n > 0 && d&7 != 0 {
		*(*byte)(unsafe.Pointer(d)) = 0
		d++
		n--
	}
	for n >= 8 {
		*(*uint64)(unsafe.Pointer(d)) = 0
		d += 8
		n -= 8
	}
	for n > 0 {
		*(*byte)(unsafe.Pointer(d)) = 0
		d++
		n--
	}
}

// memequal reports whether the n bytes at a and b are equal.
func memequal(a, b unsafe.Pointer, n uintptr) bool {
	if a == b {
		return true
	}
	x := uintptr(a)
	y := uintptr(b)
	for i := uintptr(0); i < n; i++ {
		if *(*byte)(unsafe.Pointer(x + i)) != *(*byte)(unsafe.Pointer(y + i)) {
			return false
		}
	}
	return true
}
