package runtime

import "unsafe"

// The heap occupies linear memory from __heap_base to the end of memory. It
// is managed by a non-moving mark-sweep collector: mheap.go hands out
// size-classed objects from spans of 8 KiB pages, mgc.go finds the live ones
// from the roots (data, bss, the shadow stack) and frees the rest.

const (
	// pageSize is the unit of memory.grow.
	pageSize = 64 << 10
	// maxAlloc bounds one allocation: larger requests cannot fit in a
	// 32-bit address space beside the program.
	maxAlloc = 1 << 31
)

// zerobase is the address of every zero-size allocation, as in gc.
var zerobase uint64

func mallocinit() {
	heapinit()
}

// alloc returns size bytes of zeroed memory aligned to align (a power of
// two). It may run a collection first.
func alloc(size uintptr, align uintptr) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if size >= maxAlloc {
		throw("out of memory")
	}
	if align > 16 {
		// Objects are 16-aligned at most; over-allocate and align inside
		// (an interior pointer keeps the whole object alive).
		size += align
	}
	if heapLive >= nextGC && gcEnabled {
		GC()
	}
	p := mallocgc(size)
	if align > 16 {
		p = (p + align - 1) &^ (align - 1)
	}
	return unsafe.Pointer(p)
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
