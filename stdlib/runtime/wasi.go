package runtime

import "unsafe"

// The WASI preview 1 functions the runtime uses. The linker imports only
// those that are reachable.

//go:wasmimport wasi_snapshot_preview1 fd_write
func fd_write(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func proc_exit(code int32)

// iovec is WASI's ciovec: a 32-bit buffer address and length.
type iovec struct {
	buf    uint32
	bufLen uint32
}

// writeIov and writeCount are the out-of-line arguments of fd_write. They
// are package variables rather than locals so that writing allocates
// nothing (the runtime is single-threaded: only one write runs at a time).
var (
	writeIov   iovec
	writeCount int32
)

// write writes n bytes at p to the file descriptor fd, retrying short writes.
func write(fd int32, p unsafe.Pointer, n int32) {
	iov := &writeIov
	for n > 0 {
		iov.buf = uint32(uintptr(p))
		iov.bufLen = uint32(n)
		if fd_write(fd, unsafe.Pointer(iov), 1, unsafe.Pointer(&writeCount)) != 0 {
			return
		}
		written := writeCount
		if written <= 0 {
			return
		}
		p = add(p, uintptr(written))
		n -= written
	}
}

// exit ends the process with the given status.
func exit(code int32) {
	proc_exit(code)
	wasmUnreachable()
}
