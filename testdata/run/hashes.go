// run

// Hash functions with wrapping unsigned arithmetic: FNV-1a 32/64,
// djb2, CRC-32 (table driven), Adler-32, and xorshift PRNGs.
package main

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xedb88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(s string) uint32 {
	c := ^uint32(0)
	for i := 0; i < len(s); i++ {
		c = crcTable[byte(c)^s[i]] ^ c>>8
	}
	return ^c
}

func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func adler32(s string) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for i := 0; i < len(s); i++ {
		a = (a + uint32(s[i])) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func xorshift64(x *uint64) uint64 {
	*x ^= *x << 13
	*x ^= *x >> 7
	*x ^= *x << 17
	return *x
}

func xorshift32(x *uint32) uint32 {
	*x ^= *x << 13
	*x ^= *x >> 17
	*x ^= *x << 5
	return *x
}

func main() {
	inputs := []string{"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog", "gobuild"}
	for _, s := range inputs {
		println("\""+s+"\"", crc32(s), fnv32a(s), fnv64a(s), djb2(s), adler32(s))
	}

	var s64 uint64 = 88172645463325252
	for i := 0; i < 5; i++ {
		println("xorshift64", xorshift64(&s64))
	}
	var s32 uint32 = 2463534242
	for i := 0; i < 5; i++ {
		println("xorshift32", xorshift32(&s32))
	}

	// Distribution of a hash over buckets.
	var buckets [8]int
	for i := 0; i < 1000; i++ {
		key := "key" + string([]byte{byte('a' + i%26), byte('a' + i/26%26)})
		buckets[fnv32a(key)%8]++
	}
	for i, n := range buckets {
		println("bucket", i, n)
	}

	// Signed hashing with wraparound (Java's String.hashCode).
	var h int32
	for _, c := range []byte("polygenelubricants") {
		h = 31*h + int32(c)
	}
	println("java hash", h)
}
