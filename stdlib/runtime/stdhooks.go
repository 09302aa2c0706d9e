package runtime

import "unsafe"

// Functions and variables that standard packages compiled unchanged from
// GOROOT/src expect the runtime (or, on gc, assembly) to provide. Each is
// defined here under the other package's link name with //go:linkname
// ("push"), or has the name the package pulls with its own //go:linkname.
// See /work/notes/stdlib.md (ARCHITECTURE.md, "stdlib/") for the list.

// overflowError and divideError are the errors math/bits panics with
// (bits_errors.go pulls them by //go:linkname), as gc's runtime defines them.
var (
	overflowError error = runtimeError{"integer overflow", false}
	divideError   error = runtimeError{"integer divide by zero", false}
)

// internal/bytealg declares these without bodies on GOARCH=wasm
// (compare_native.go, indexbyte_native.go, bytealg.go): gc implements them in
// assembly (compare_wasm.s, indexbyte_wasm.s) or in its runtime.

//go:linkname bytealgCompare internal/bytealg.Compare
func bytealgCompare(a, b []byte) int {
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

//go:linkname bytealgIndexByte internal/bytealg.IndexByte
func bytealgIndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

//go:linkname bytealgIndexByteString internal/bytealg.IndexByteString
func bytealgIndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// bytealgMakeNoZero is bytealg.MakeNoZero: a []byte of length and capacity n
// whose contents need not be zeroed (ours always are: alloc zeroes).
//
//go:linkname bytealgMakeNoZero internal/bytealg.MakeNoZero
func bytealgMakeNoZero(n int) []byte {
	p := makeslice(n, n, 1)
	return unsafe.Slice((*byte)(p), n)
}
