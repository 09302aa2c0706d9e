package runtime

import "unsafe"

// Slice operations the compiler lowers to calls.

// makeslice allocates the backing array of make([]T, len, cap) for
// elements of elemSize bytes.
func makeslice(n int, c int, elemSize uintptr) unsafe.Pointer {
	if n < 0 {
		panicRuntime("makeslice: len out of range")
	}
	if c < n {
		panicRuntime("makeslice: cap out of range")
	}
	if elemSize != 0 && uint64(c) > uint64(maxAlloc)/uint64(elemSize) {
		if uint64(n) > uint64(maxAlloc)/uint64(elemSize) {
			panicRuntime("makeslice: len out of range")
		}
		panicRuntime("makeslice: cap out of range")
	}
	return alloc(uintptr(c)*elemSize, elemAlign(elemSize))
}

// elemAlign is the alignment to give an array of elements of the given
// size: the largest power of two up to 8 that divides it.
func elemAlign(size uintptr) uintptr {
	if size&7 == 0 {
		return 8
	}
	if size&3 == 0 {
		return 4
	}
	if size&1 == 0 {
		return 2
	}
	return 1
}

// growslice returns a new backing array for a slice whose length must grow
// from oldLen to newLen, with the old elements copied, and its capacity.
// The growth rule follows gc's (double small slices, then grow by about
// 1.25x), so that cap() after append matches gc's for common sizes.
func growslice(old unsafe.Pointer, oldLen int, oldCap int, newLen int, elemSize uintptr, align uintptr) (unsafe.Pointer, int) {
	if newLen < 0 {
		panicRuntime("growslice: len out of range")
	}
	newCap := nextslicecap(newLen, oldCap)
	if elemSize == 0 {
		return alloc(0, 1), newCap
	}
	// Round the allocation up to the size class gc would use, so that the
	// capacity matches what gc reports.
	mem := roundupsize(uintptr(newCap) * elemSize)
	newCap = int(mem / elemSize)
	if uint64(newCap)*uint64(elemSize) > maxAlloc {
		panicRuntime("growslice: len out of range")
	}
	p := alloc(uintptr(newCap)*elemSize, align)
	memmove(p, old, uintptr(oldLen)*elemSize)
	return p, newCap
}

// nextslicecap computes the capacity for growing a slice to newLen.
func nextslicecap(newLen int, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		// Transition from growing 2x for small slices to 1.25x for large
		// slices, smoothly.
		newcap += (newcap + 3*threshold) >> 2
		if uint(newcap) >= uint(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// sizeClasses are the allocation sizes of gc's small-object allocator, which
// determine the capacities that append produces.
var sizeClasses = [...]uint16{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

// roundupsize returns the size of the memory block gc would allocate for
// size bytes.
func roundupsize(size uintptr) uintptr {
	if size <= 32768 {
		for i := 1; i < len(sizeClasses); i++ {
			if uintptr(sizeClasses[i]) >= size {
				return uintptr(sizeClasses[i])
			}
		}
	}
	// Large objects are rounded up to whole 8 KiB pages.
	return (size + 8191) &^ 8191
}
