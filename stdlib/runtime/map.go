package runtime

import "unsafe"

// maptype mirrors the compiler's map type descriptor (compiler/src/lower/maps.rs).
type maptype struct {
	key      unsafe.Pointer
	elem     unsafe.Pointer
	keysize  uint32
	elemsize uint32
	align    uint32
	hasher   func(unsafe.Pointer, uintptr) uintptr
	equal    func(unsafe.Pointer, unsafe.Pointer) bool
}

// hmap is a chained hash table. count must stay the first field: the
// compiler reads len(m) from it.
type hmap struct {
	count    int
	buckets  unsafe.Pointer // nbuckets pointers to entries
	nbuckets uintptr
	seed     uintptr
}

// An entry: next *entry @0, hash @4, key @8, element after the key.
func keyOff(t *maptype) uintptr { return 8 }

func elemOff(t *maptype) uintptr {
	a := uintptr(t.align)
	if a < 4 {
		a = 4
	}
	return (8 + uintptr(t.keysize) + a - 1) &^ (a - 1)
}

func entryNext(e unsafe.Pointer) *unsafe.Pointer { return (*unsafe.Pointer)(e) }
func entryHash(e unsafe.Pointer) uintptr         { return *(*uintptr)(add(e, 4)) }

func bucketAt(h *hmap, i uintptr) *unsafe.Pointer {
	return (*unsafe.Pointer)(add(h.buckets, i*4))
}

var zeroVal [1024]byte
var hashSeed uintptr = 0x9e3779b9

func makemap(t unsafe.Pointer, hint int) unsafe.Pointer {
	h := (*hmap)(alloc(unsafe.Sizeof(hmap{}), 8))
	nb := uintptr(8)
	for hint > 0 && uintptr(hint) > nb {
		nb *= 2
	}
	h.nbuckets = nb
	h.buckets = alloc(nb*4, 4)
	hashSeed = hashSeed*1103515245 + 12345
	h.seed = hashSeed
	return unsafe.Pointer(h)
}

func find(mt *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	hash := mt.hasher(key, h.seed)
	e := *bucketAt(h, hash&(h.nbuckets-1))
	for e != nil {
		if entryHash(e) == hash && mt.equal(key, add(e, keyOff(mt))) {
			return e
		}
		e = *entryNext(e)
	}
	return nil
}

func zeroElem(mt *maptype) unsafe.Pointer {
	if mt.elemsize <= uint32(len(zeroVal)) {
		return unsafe.Pointer(&zeroVal[0])
	}
	return alloc(uintptr(mt.elemsize), 8)
}

func mapaccess1(t, m, key unsafe.Pointer) unsafe.Pointer {
	p, _ := mapaccess2(t, m, key)
	return p
}

func mapaccess2(t, m, key unsafe.Pointer) (unsafe.Pointer, bool) {
	mt := (*maptype)(t)
	h := (*hmap)(m)
	if h == nil || h.count == 0 {
		return zeroElem(mt), false
	}
	e := find(mt, h, key)
	if e == nil {
		return zeroElem(mt), false
	}
	return add(e, elemOff(mt)), true
}

func mapassign(t, m, key unsafe.Pointer) unsafe.Pointer {
	mt := (*maptype)(t)
	h := (*hmap)(m)
	if h == nil {
		gopanic(plainError("assignment to entry in nil map"))
		return nil
	}
	if e := find(mt, h, key); e != nil {
		return add(e, elemOff(mt))
	}
	if uintptr(h.count) >= h.nbuckets*2 {
		growmap(mt, h)
	}
	hash := mt.hasher(key, h.seed)
	size := elemOff(mt) + uintptr(mt.elemsize)
	e := alloc(size, 8)
	*(*uintptr)(add(e, 4)) = hash
	memmove(add(e, keyOff(mt)), key, uintptr(mt.keysize))
	b := bucketAt(h, hash&(h.nbuckets-1))
	*entryNext(e) = *b
	*b = e
	h.count++
	return add(e, elemOff(mt))
}

// growmap doubles the bucket array with fresh copies of the entries, so that
// iterators over the old array keep walking intact chains.
func growmap(mt *maptype, h *hmap) {
	oldb := h.buckets
	oldn := h.nbuckets
	h.nbuckets = oldn * 2
	h.buckets = alloc(h.nbuckets*4, 4)
	size := elemOff(mt) + uintptr(mt.elemsize)
	for i := uintptr(0); i < oldn; i++ {
		e := *(*unsafe.Pointer)(add(oldb, i*4))
		for e != nil {
			c := alloc(size, 8)
			memmove(c, e, size)
			b := bucketAt(h, entryHash(c)&(h.nbuckets-1))
			*entryNext(c) = *b
			*b = c
			e = *entryNext(e)
		}
	}
}

func mapdelete(t, m, key unsafe.Pointer) {
	mt := (*maptype)(t)
	h := (*hmap)(m)
	if h == nil || h.count == 0 {
		return
	}
	hash := mt.hasher(key, h.seed)
	p := bucketAt(h, hash&(h.nbuckets-1))
	for *p != nil {
		e := *p
		if entryHash(e) == hash && mt.equal(key, add(e, keyOff(mt))) {
			*p = *entryNext(e)
			h.count--
			return
		}
		p = entryNext(e)
	}
}

func mapclear(t, m unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil {
		return
	}
	h.buckets = alloc(h.nbuckets*4, 4)
	h.count = 0
}

// hiter is the 32-byte iterator the compiler reserves.
type hiter struct {
	h        *hmap
	t        *maptype
	buckets  unsafe.Pointer
	nbuckets uintptr
	bucket   uintptr
	e        unsafe.Pointer
}

func mapiterinit(t, m, it unsafe.Pointer) {
	i := (*hiter)(it)
	h := (*hmap)(m)
	i.t = (*maptype)(t)
	i.h = h
	if h == nil {
		return
	}
	i.buckets = h.buckets
	i.nbuckets = h.nbuckets
	i.bucket = 0
	i.e = nil
}

func mapiternext(it unsafe.Pointer) (unsafe.Pointer, unsafe.Pointer) {
	i := (*hiter)(it)
	if i.h == nil {
		return nil, nil
	}
	for {
		if i.e != nil {
			i.e = *entryNext(i.e)
		}
		for i.e == nil {
			if i.bucket >= i.nbuckets {
				return nil, nil
			}
			i.e = *(*unsafe.Pointer)(add(i.buckets, i.bucket*4))
			i.bucket++
		}
		// Skip entries deleted since (no longer found in the map).
		if i.buckets == i.h.buckets || find(i.t, i.h, add(i.e, keyOff(i.t))) != nil {
			k := add(i.e, keyOff(i.t))
			if i.buckets != i.h.buckets {
				// Report the live copy after a grow.
				e := find(i.t, i.h, k)
				return add(e, keyOff(i.t)), add(e, elemOff(i.t))
			}
			return k, add(i.e, elemOff(i.t))
		}
	}
}

func memhash(p unsafe.Pointer, seed, n uintptr) uintptr {
	h := seed ^ 2166136261
	for i := uintptr(0); i < n; i++ {
		h ^= uintptr(*(*byte)(add(p, i)))
		h *= 16777619
	}
	return h
}

func strhash(p unsafe.Pointer, seed uintptr) uintptr {
	s := *(*string)(p)
	return memhash(unsafe.Pointer(unsafe.StringData(s)), seed, uintptr(len(s)))
}

var nanCount uintptr

func f64hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float64)(p)
	if f == 0 {
		return memhash(unsafe.Pointer(&zeroVal[0]), seed, 8)
	}
	if f != f {
		nanCount++
		return seed ^ nanCount*2654435761
	}
	return memhash(p, seed, 8)
}

func f32hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float32)(p)
	if f == 0 {
		return memhash(unsafe.Pointer(&zeroVal[0]), seed, 4)
	}
	if f != f {
		nanCount++
		return seed ^ nanCount*2654435761
	}
	return memhash(p, seed, 4)
}

type plainError string

func (e plainError) Error() string { return string(e) }

// interhash hashes an interface map key: dynamic type t, data word data.
func interhash(t, data unsafe.Pointer, seed uintptr) uintptr {
	if t == nil {
		return seed
	}
	td := (*_type)(t)
	if td.comparable == 0 {
		panicRuntime("hash of unhashable type " + td.str)
		return 0
	}
	h := uintptr(td.hash) ^ seed
	if td.direct != 0 {
		return memhash(unsafe.Pointer(&data), h, 4)
	}
	hasher := *(*func(unsafe.Pointer, uintptr) uintptr)(add(t, 40))
	return hasher(data, h)
}
