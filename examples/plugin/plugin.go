// Package main is a text-transform plugin for any WebAssembly host: the
// host configures a pipeline of steps and then sends text through it.
//
// Build it as a reactor (a module with `_initialize` instead of `_start`):
//
//	gobuild build -buildmode=c-shared -o plugin.wasm .
//
// Host protocol (see host.mjs, host.py and driver/tests/plugin_hosts.rs):
//
//  1. Instantiate with the WASI preview 1 imports plus `host.log(ptr, len)`,
//     which receives UTF-8 log lines from the plugin; call `_initialize`.
//  2. To pass a string, call `alloc(len)` for a buffer in plugin memory,
//     copy the bytes there, and pass (ptr, len). The buffer stays valid
//     until `free(ptr)`.
//  3. `configure(spec)` sets the pipeline from a comma-separated list of
//     steps (trim, squeeze, upper, lower, title, reverse, rot13) and
//     returns 1; on an unknown step it logs why, keeps the old pipeline
//     and returns 0.
//  4. `transform(text)` returns the result as ptr<<32 | len, valid until
//     the next `transform`. `calls()` counts the transforms so far.
package main

import "unsafe"

//go:wasmimport host log
func hostLog(msg string)

type step func([]byte) []byte

var (
	// pipeline is the configured list of steps, applied in order.
	pipeline []step
	calls    uint32
	// result keeps the last transform's output alive for the host.
	result []byte
	// live keeps every block handed out by alloc until free.
	live [][]byte
)

func init() {
	hostLog("ready")
}

// lookup returns the step called name, or nil.
func lookup(name string) step {
	switch name {
	case "trim":
		return trim
	case "squeeze":
		return squeeze
	case "upper":
		return upper
	case "lower":
		return lower
	case "title":
		return title
	case "reverse":
		return reverse
	case "rot13":
		return rot13
	}
	return nil
}

// main is required by the build but never runs in a reactor.
func main() {}

//go:wasmexport alloc
func alloc(size uint32) unsafe.Pointer {
	if size == 0 {
		size = 1
	}
	b := make([]byte, size)
	live = append(live, b)
	return unsafe.Pointer(&b[0])
}

//go:wasmexport free
func free(p unsafe.Pointer) {
	for i, b := range live {
		if unsafe.Pointer(&b[0]) == p {
			live[i] = live[len(live)-1]
			live = live[:len(live)-1]
			return
		}
	}
	hostLog("free: unknown pointer")
}

//go:wasmexport configure
func configure(spec string) bool {
	var next []step
	start := 0
	for i := 0; i <= len(spec); i++ {
		if i < len(spec) && spec[i] != ',' {
			continue
		}
		name := spec[start:i]
		start = i + 1
		if name == "" {
			continue
		}
		s := lookup(name)
		if s == nil {
			hostLog("unknown step \"" + name + "\"")
			return false
		}
		next = append(next, s)
	}
	pipeline = next
	return true
}

//go:wasmexport transform
func transform(text string) uint64 {
	calls++
	b := []byte(text)
	for _, s := range pipeline {
		b = s(b)
	}
	result = b
	if len(b) == 0 {
		return 0
	}
	return uint64(uintptr(unsafe.Pointer(&b[0])))<<32 | uint64(len(b))
}

//go:wasmexport calls
func callCount() uint32 { return calls }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func trim(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// squeeze turns every run of white space into one space.
func squeeze(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i, c := range b {
		if isSpace(c) {
			if i > 0 && isSpace(b[i-1]) {
				continue
			}
			c = ' '
		}
		out = append(out, c)
	}
	return out
}

func upper(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

func lower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// title upper-cases the first letter of each word and lower-cases the rest.
func title(b []byte) []byte {
	out := lower(b)
	for i := range out {
		if (i == 0 || isSpace(out[i-1])) && 'a' <= out[i] && out[i] <= 'z' {
			out[i] -= 'a' - 'A'
		}
	}
	return out
}

// reverse reverses the bytes, keeping UTF-8 sequences intact.
func reverse(b []byte) []byte {
	out := make([]byte, len(b))
	j := len(b)
	for i := 0; i < len(b); {
		n := 1
		for i+n < len(b) && b[i+n]&0xC0 == 0x80 {
			n++
		}
		j -= n
		copy(out[j:], b[i:i+n])
		i += n
	}
	return out
}

func rot13(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		switch {
		case 'a' <= c && c <= 'z':
			c = 'a' + (c-'a'+13)%26
		case 'A' <= c && c <= 'Z':
			c = 'A' + (c-'A'+13)%26
		}
		out[i] = c
	}
	return out
}
