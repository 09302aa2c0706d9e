package runtime

import "unsafe"

// The collector: stop-the-world (there is only one goroutine), non-moving,
// conservative mark-sweep. It runs only inside alloc (or GC), so the roots
// are complete when every pointer live across a call sits in memory: the
// compiler mirrors such values into shadow-stack frames
// (compiler/src/lower/gcroots.rs). Roots are the data and bss segments and
// the shadow stack from __stack_pointer to its top (= __heap_base). Every
// aligned 4-byte word of a root or a marked object that points into an
// allocated object (interior pointers included) marks that object.

const (
	// minTrigger is the heap size below which no collection happens.
	minTrigger = 4 << 20
	// dataStart is where the linker places the first data segment.
	dataStart = 4096
	markStackLen = 16384
)

var (
	gcEnabled     bool
	inGC          bool
	markStack     [markStackLen]uint32
	markTop       int
	markOverflow  bool
	numGC         uint32
)

// stackPointer is the current __stack_pointer (intrinsic).
func stackPointer() uintptr

// dataEnd is the address of the linker symbol __data_end (intrinsic).
func dataEnd() uintptr

// GC runs a garbage collection.
func GC() {
	if inGC || !gcEnabled {
		return
	}
	inGC = true
	markRoots()
	drain()
	for markOverflow {
		markOverflow = false
		rescanMarked()
	}
	sweep()
	if nextGC = 2 * heapLive; nextGC < minTrigger {
		nextGC = minTrigger
	}
	numGC++
	inGC = false
}

// KeepAlive marks x as reachable up to this call.
func KeepAlive(x any) {
	keepAliveSink = x
	keepAliveSink = nil
}

var keepAliveSink any

func markRoots() {
	// Data and bss, minus the collector's own tables (they hold no heap
	// pointers and are large).
	lo := uintptr(dataStart)
	hi := dataEnd()
	t1 := uintptr(unsafe.Pointer(&pageTab))
	t2 := uintptr(unsafe.Pointer(&markStack))
	e1 := t1 + maxHeapPages*4
	e2 := t2 + markStackLen*4
	if t2 < t1 {
		t1, t2 = t2, t1
		e1, e2 = e2, e1
	}
	scanRange(lo, t1)
	scanRange(e1, t2)
	scanRange(e2, hi)
	scanRange(stackPointer(), heapBase())
}

// scanRange marks what the aligned words in [lo, hi) point to.
func scanRange(lo, hi uintptr) {
	for a := (lo + 3) &^ 3; a+4 <= hi; a += 4 {
		markWord(ld32(a))
	}
}

// markWord marks the object v points into, if any, and queues it for
// scanning. It calls nothing, so it needs no frame.
func markWord(v uintptr) {
	if v < arenaStart {
		return
	}
	pg := (v - arenaStart) >> pageShift
	if pg >= arenaPages {
		return
	}
	st := uintptr(pageTab[pg])
	if st == 0 {
		return
	}
	s := arenaStart + (st-1)<<pageShift
	base := s + spanHeader
	if v < base {
		return
	}
	idx := (v - base) / ld32(s)
	if idx >= ld32(s+4) {
		return
	}
	w := idx >> 5
	bit := uintptr(1) << (idx & 31)
	if ld32(s+spanAllocOff+w<<2)&bit == 0 {
		return
	}
	m := s + spanMarkOff + w<<2
	mw := ld32(m)
	if mw&bit != 0 {
		return
	}
	st32(m, mw|bit)
	if markTop == markStackLen {
		markOverflow = true
		return
	}
	markStack[markTop] = uint32(base + idx*ld32(s))
	markTop++
}

// drain scans queued objects until the queue is empty.
func drain() {
	for markTop > 0 {
		markTop--
		obj := uintptr(markStack[markTop])
		scanObject(obj)
	}
}

func scanObject(obj uintptr) {
	st := uintptr(pageTab[(obj-arenaStart)>>pageShift])
	s := arenaStart + (st-1)<<pageShift
	scanRange(obj, obj+ld32(s))
}

// rescanMarked scans every marked object again, after the mark queue
// overflowed (some marked objects were never queued).
func rescanMarked() {
	p := uintptr(0)
	for p < arenaPages {
		if uintptr(pageTab[p]) != p+1 {
			p++
			continue
		}
		s := arenaStart + p<<pageShift
		n := ld32(s + 4)
		es := ld32(s)
		for i := uintptr(0); i < n; i++ {
			if getBit(s+spanMarkOff, i) {
				scanRange(s+spanHeader+i*es, s+spanHeader+(i+1)*es)
				drain()
			}
		}
		p += ld32(s + 8)
	}
}

// sweep frees every allocated, unmarked object (zeroing it), rebuilds the
// partial span lists, releases empty spans and recounts heapLive.
func sweep() {
	for c := 0; c < numClasses; c++ {
		partial[c] = 0
	}
	heapLive = 0
	p := uintptr(0)
	for p < arenaPages {
		if uintptr(pageTab[p]) != p+1 {
			p++
			continue
		}
		s := arenaStart + p<<pageShift
		p += ld32(s + 8)
		sweepSpan(s)
	}
}

func sweepSpan(s uintptr) {
	n := ld32(s + 4)
	es := ld32(s)
	nfree := ld32(s + 24)
	head := ld32(s + 12)
	for w := uintptr(0); w < (n+31)>>5; w++ {
		am := s + spanAllocOff + w<<2
		mm := s + spanMarkOff + w<<2
		a := ld32(am)
		m := ld32(mm)
		dead := a &^ m
		if dead != 0 {
			for b := uintptr(0); b < 32; b++ {
				if dead&(1<<b) != 0 {
					obj := s + spanHeader + (w<<5+b)*es
					memclr(unsafe.Pointer(obj), es)
					st32(obj, head)
					head = obj
					nfree++
				}
			}
		}
		st32(am, m)
		st32(mm, 0)
	}
	if nfree == n {
		// Empty: clear the free list links and give the pages back.
		for head != 0 {
			next := ld32(head)
			st32(head, 0)
			head = next
		}
		freeSpan(s)
		return
	}
	st32(s+12, head)
	st32(s+24, nfree)
	if n == 1 {
		heapLive += ld32(s+8) << pageShift
		return
	}
	heapLive += (n - nfree) * es
	if nfree > 0 {
		c := int(ld32(s + 16))
		st32(s+20, partial[c])
		partial[c] = s
	} else {
		st32(s+20, 0)
	}
}
