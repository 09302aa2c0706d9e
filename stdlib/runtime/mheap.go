package runtime

import "unsafe"

// The heap: the arena from __heap_base (rounded up to a page) to the end of
// linear memory is divided into 8 KiB pages. A span is a run of pages that
// holds objects of one size: small objects (up to 32 KiB, rounded up to
// gc's size classes) share a span, a large object has a span of its own.
//
// A span starts with a header, then its objects:
//
//	@0  elemsize u32   @4  nelems u32     @8  npages u32   @12 free list head
//	@16 class u32      @20 next partial   @24 nfree u32    @28 unused
//	@32 alloc bits [1024]bit               @160 mark bits [1024]bit
//	@288 objects
//
// Free objects are linked through their first word and are otherwise zero:
// sweep zeroes what it frees, alloc clears the link word. So memory handed
// out is always zeroed, as Go requires. pageTab maps every page to the first
// page of its span (plus one; 0 = free page), which is how the collector
// turns an arbitrary address into an object.

const (
	pageShift    = 13
	pageBytes    = 1 << pageShift
	maxHeapPages = 1 << 18 // 2 GiB of heap
	spanHeader   = 288
	spanAllocOff = 32
	spanMarkOff  = 160
	maxSmallSize = 32768
	numClasses   = 68 // len(sizeClasses)
)

var (
	arenaStart uintptr // first page
	arenaPages uintptr // pages backed by linear memory
	freeHint   uintptr // no free page below this one
	pageTab    [maxHeapPages]uint32
	// partial lists, per size class, the spans with free objects (linked
	// through the header's next-partial word).
	partial [numClasses]uintptr
	// classOf8 maps (size+7)/8 to a size class for sizes up to 1024.
	classOf8 [129]uint8
	// heapLive is the size of the objects allocated, counted from the
	// end of the last collection's sweep.
	heapLive uintptr
	nextGC   uintptr
)

func ld32(a uintptr) uintptr {
	return uintptr(*(*uint32)(unsafe.Pointer(a)))
}

func st32(a uintptr, v uintptr) {
	*(*uint32)(unsafe.Pointer(a)) = uint32(v)
}

func heapinit() {
	arenaStart = (heapBase() + pageBytes - 1) &^ (pageBytes - 1)
	end := uintptr(wasmMemorySize()) * pageSize
	if end > arenaStart {
		arenaPages = (end - arenaStart) >> pageShift
	}
	c := 1
	for i := 1; i <= 128; i++ {
		for int(sizeClasses[c]) < i*8 {
			c++
		}
		classOf8[i] = uint8(c)
	}
	nextGC = minTrigger
	gcEnabled = true
}

// sizeClass returns the class of a small size (1 <= size <= maxSmallSize).
func sizeClass(size uintptr) int {
	if size <= 1024 {
		return int(classOf8[(size+7)>>3])
	}
	c := int(classOf8[128])
	for uintptr(sizeClasses[c]) < size {
		c++
	}
	return c
}

// mallocgc returns a zeroed object of at least size bytes.
func mallocgc(size uintptr) uintptr {
	if size > maxSmallSize {
		npages := (spanHeader + size + pageBytes - 1) >> pageShift
		s := allocSpan(npages)
		st32(s, npages<<pageShift-spanHeader)
		st32(s+4, 1)
		st32(s+24, 0)
		setBit(s+spanAllocOff, 0)
		heapLive += npages << pageShift
		return s + spanHeader
	}
	c := sizeClass(size)
	s := partial[c]
	if s == 0 {
		s = newSmallSpan(c)
		partial[c] = s
	}
	obj := ld32(s + 12)
	st32(s+12, ld32(obj))
	st32(obj, 0)
	es := ld32(s)
	setBit(s+spanAllocOff, (obj-s-spanHeader)/es)
	nfree := ld32(s+24) - 1
	st32(s+24, nfree)
	if nfree == 0 {
		partial[c] = ld32(s + 20)
		st32(s+20, 0)
	}
	heapLive += es
	return obj
}

// newSmallSpan makes a span for class c with every object free.
func newSmallSpan(c int) uintptr {
	es := uintptr(sizeClasses[c])
	// The fewest pages (up to 8) that waste at most 1/8 of the span, else
	// the size among those that wastes the smallest fraction.
	npages := uintptr(0)
	bestWaste := uintptr(0)
	for np := uintptr(1); np <= 8; np++ {
		n := (np<<pageShift - spanHeader) / es
		if n == 0 {
			continue
		}
		waste := np<<pageShift - n*es
		if npages == 0 || waste*npages < bestWaste*np {
			npages = np
			bestWaste = waste
		}
		if waste*8 <= np<<pageShift {
			npages = np
			break
		}
	}
	s := allocSpan(npages)
	n := (npages<<pageShift - spanHeader) / es
	if n > 1024 {
		n = 1024
	}
	st32(s, es)
	st32(s+4, n)
	st32(s+16, uintptr(c))
	st32(s+24, n)
	// Link the objects in address order.
	obj := s + spanHeader
	st32(s+12, obj)
	for i := uintptr(1); i < n; i++ {
		st32(obj, obj+es)
		obj += es
	}
	return s
}

// allocSpan returns the address of npages free, zeroed, contiguous pages,
// with npages stored in the header; it grows linear memory when needed.
func allocSpan(npages uintptr) uintptr {
	run := uintptr(0)
	start := uintptr(0)
	found := false
	for p := freeHint; p < arenaPages; p++ {
		if pageTab[p] != 0 {
			run = 0
			continue
		}
		run++
		if run == npages {
			start = p + 1 - npages
			found = true
			break
		}
	}
	if !found {
		// Extend the free run at the end of the arena (possibly empty).
		start = arenaPages - run
		growArena(start + npages)
	}
	if start == freeHint {
		freeHint = start + npages
	}
	for p := start; p < start+npages; p++ {
		pageTab[p] = uint32(start + 1)
	}
	s := arenaStart + start<<pageShift
	st32(s+8, npages)
	return s
}

// growArena grows linear memory so that the arena has at least pages pages.
func growArena(pages uintptr) {
	if pages > maxHeapPages {
		throw("out of memory")
	}
	end := arenaStart + pages<<pageShift
	cur := uintptr(wasmMemorySize()) * pageSize
	need := (end - cur + pageSize - 1) / pageSize
	if wasmMemoryGrow(int32(need)) < 0 {
		throw("out of memory")
	}
	arenaPages = (uintptr(wasmMemorySize())*pageSize - arenaStart) >> pageShift
	if arenaPages > maxHeapPages {
		arenaPages = maxHeapPages
	}
}

// freeSpan returns a span's pages; the caller has zeroed its objects.
func freeSpan(s uintptr) {
	npages := ld32(s + 8)
	memclr(unsafe.Pointer(s), spanHeader)
	start := (s - arenaStart) >> pageShift
	for p := start; p < start+npages; p++ {
		pageTab[p] = 0
	}
	if start < freeHint {
		freeHint = start
	}
}

func setBit(bits uintptr, i uintptr) {
	a := bits + (i>>5)<<2
	st32(a, ld32(a)|1<<(i&31))
}

func getBit(bits uintptr, i uintptr) bool {
	return ld32(bits+(i>>5)<<2)&(1<<(i&31)) != 0
}
