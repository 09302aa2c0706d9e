package runtime

import "unsafe"

// String operations the compiler lowers to calls.

// rawstring allocates an n-byte string and returns it with its storage.
func rawstring(n int) (string, unsafe.Pointer) {
	p := alloc(uintptr(n), 1)
	return unsafe.String((*byte)(p), n), p
}

func concatstring2(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	s, p := rawstring(len(a) + len(b))
	memmove(p, unsafe.Pointer(unsafe.StringData(a)), uintptr(len(a)))
	memmove(add(p, uintptr(len(a))), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(b)))
	return s
}

// concatstrings concatenates a + b + c + ... in one allocation.
func concatstrings(parts []string) string {
	n := 0
	count := 0
	last := ""
	for i := 0; i < len(parts); i++ {
		if len(parts[i]) > 0 {
			n += len(parts[i])
			count++
			last = parts[i]
		}
	}
	if count <= 1 {
		return last
	}
	s, p := rawstring(n)
	off := uintptr(0)
	for i := 0; i < len(parts); i++ {
		part := parts[i]
		memmove(add(p, off), unsafe.Pointer(unsafe.StringData(part)), uintptr(len(part)))
		off += uintptr(len(part))
	}
	return s
}

// cmpstring returns -1, 0 or +1 as a is less than, equal to or greater than b.
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
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
	if len(a) != len(b) {
		return false
	}
	return memequal(unsafe.Pointer(unsafe.StringData(a)), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(a)))
}

// stringtoslicebyte is []byte(s): always a fresh copy.
func stringtoslicebyte(s string) []byte {
	p := alloc(uintptr(len(s)), 1)
	memmove(p, unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))
	return unsafe.Slice((*byte)(p), len(s))
}

// slicebytetostring is string(b) for b with data p and length n.
func slicebytetostring(p unsafe.Pointer, n int) string {
	if n == 0 {
		return ""
	}
	s, q := rawstring(n)
	memmove(q, p, uintptr(n))
	return s
}

// The UTF-8 encoding, as the spec and package unicode/utf8 define it.
const (
	runeError = 0xFFFD
	maxRune   = 0x10FFFF
	surrMin   = 0xD800
	surrMax   = 0xDFFF
)

// encoderune writes the UTF-8 encoding of r (U+FFFD for invalid runes) at p
// and returns its length; p must have room for 4 bytes.
func encoderune(p unsafe.Pointer, r int32) int {
	if r < 0 || r > maxRune || (r >= surrMin && r <= surrMax) {
		r = runeError
	}
	b := (*[4]byte)(p)
	switch {
	case r < 0x80:
		b[0] = byte(r)
		return 1
	case r < 0x800:
		b[0] = byte(0xC0 | r>>6)
		b[1] = byte(0x80 | r&0x3F)
		return 2
	case r < 0x10000:
		b[0] = byte(0xE0 | r>>12)
		b[1] = byte(0x80 | (r>>6)&0x3F)
		b[2] = byte(0x80 | r&0x3F)
		return 3
	}
	b[0] = byte(0xF0 | r>>18)
	b[1] = byte(0x80 | (r>>12)&0x3F)
	b[2] = byte(0x80 | (r>>6)&0x3F)
	b[3] = byte(0x80 | r&0x3F)
	return 4
}

// intstring is string(v) for an integer v: the UTF-8 encoding of the rune,
// or "\uFFFD" when v is not a valid code point.
func intstring(v int64) string {
	r := int32(v)
	if int64(r) != v {
		r = runeError
	}
	p := alloc(4, 1)
	n := encoderune(p, r)
	return unsafe.String((*byte)(p), n)
}

// decoderune decodes the rune that starts at byte k of s, which must be a
// continuation of a multi-byte sequence (the compiler handles ASCII inline).
// It returns the rune and the index just after it; an invalid sequence is
// U+FFFD and one byte, as range over a string requires.
func decoderune(s string, k int) (int32, int) {
	n := len(s) - k
	b0 := int32(s[k])
	if b0 < 0x80 {
		return b0, k + 1
	}
	if b0 < 0xC2 || b0 > 0xF4 {
		return runeError, k + 1
	}
	if b0 < 0xE0 {
		if n < 2 || s[k+1]&0xC0 != 0x80 {
			return runeError, k + 1
		}
		return (b0&0x1F)<<6 | int32(s[k+1]&0x3F), k + 2
	}
	if b0 < 0xF0 {
		if n < 3 {
			return runeError, k + 1
		}
		b1 := int32(s[k+1])
		lo := int32(0x80)
		hi := int32(0xBF)
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
		if b1 < lo || b1 > hi || s[k+2]&0xC0 != 0x80 {
			return runeError, k + 1
		}
		return (b0&0x0F)<<12 | (b1&0x3F)<<6 | int32(s[k+2]&0x3F), k + 3
	}
	if n < 4 {
		return runeError, k + 1
	}
	b1 := int32(s[k+1])
	lo := int32(0x80)
	hi := int32(0xBF)
	if b0 == 0xF0 {
		lo = 0x90
	} else if b0 == 0xF4 {
		hi = 0x8F
	}
	if b1 < lo || b1 > hi || s[k+2]&0xC0 != 0x80 || s[k+3]&0xC0 != 0x80 {
		return runeError, k + 1
	}
	return (b0&0x07)<<18 | (b1&0x3F)<<12 | int32(s[k+2]&0x3F)<<6 | int32(s[k+3]&0x3F), k + 4
}

// stringtoslicerune is []rune(s).
func stringtoslicerune(s string) []rune {
	n := 0
	for range s {
		n++
	}
	p := alloc(uintptr(n)*4, 4)
	i := 0
	for _, r := range s {
		*(*int32)(add(p, uintptr(i)*4)) = r
		i++
	}
	return unsafe.Slice((*rune)(p), n)
}

// slicerunetostring is string(runes) for runes with data p and length n.
func slicerunetostring(p unsafe.Pointer, n int) string {
	size := 0
	var buf [4]byte
	for i := 0; i < n; i++ {
		size += encoderune(unsafe.Pointer(&buf[0]), *(*int32)(add(p, uintptr(i)*4)))
	}
	if size == 0 {
		return ""
	}
	s, q := rawstring(size)
	off := uintptr(0)
	for i := 0; i < n; i++ {
		off += uintptr(encoderune(add(q, off), *(*int32)(add(p, uintptr(i)*4))))
	}
	return s
}

func panicSliceConvert(x int, y int) {
	panicRuntime("cannot convert slice with length " + itoa(x) + " to array or pointer to array with length " + itoa(y))
}
