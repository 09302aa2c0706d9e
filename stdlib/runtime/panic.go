package runtime

// Run-time panics. Each prints gc's text, the goroutine header, and exits
// with status 2, as an unrecovered panic does under gc. (defer and recover
// arrive with the language stage; then these become real panics carrying
// runtime.Error values.)

// fatalpanic prints the end of a panic report and exits.
func fatalpanic() {
	printstring("\ngoroutine 1 [running]:\n")
	panicExit()
}

// panicRuntime reports "panic: runtime error: MSG".
func panicRuntime(msg string) {
	printstring("panic: runtime error: ")
	printstring(msg)
	printnl()
	fatalpanic()
}

// panicstring is panic(s) for a string s.
func panicstring(s string) {
	printstring("panic: ")
	printstring(s)
	printnl()
	fatalpanic()
}

// throw reports a fatal runtime error, which cannot be recovered.
func throw(s string) {
	printstring("fatal error: ")
	printstring(s)
	printnl()
	fatalpanic()
}

func panicdivide() {
	panicRuntime("integer divide by zero")
}

func panicshift() {
	panicRuntime("negative shift amount")
}

// panicmem is a nil pointer dereference. gc on wasip1 reports it through its
// signal path, hence the signal line.
func panicmem() {
	printstring("panic: runtime error: invalid memory address or nil pointer dereference\n[signal 0xb code=0x0 addr=0x0 pc=0x0]\n")
	fatalpanic()
}

// boundsError prints a bounds-check failure in gc's words. The format has
// the two operands x and y at the places marked by the kind; a negative x
// drops the "with length" part, as gc does.
func boundsError(prefix string, x int, middle string, y int, withY bool) {
	printstring("panic: runtime error: ")
	printstring(prefix)
	printint(int64(x))
	printstring(middle)
	if withY {
		printint(int64(y))
	}
	printnl()
	fatalpanic()
}

// panicIndex: s[x] with x >= len(s) = y (or x < 0).
func panicIndex(x int, y int) {
	if x < 0 {
		boundsError("index out of range [", x, "]", 0, false)
	}
	boundsError("index out of range [", x, "] with length ", y, true)
}

// panicSliceAlen: s[:x] with x > len(s) = y (strings and arrays).
func panicSliceAlen(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [:", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [:", x, "] with length ", y, true)
}

// panicSliceAcap: s[:x] with x > cap(s) = y.
func panicSliceAcap(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [:", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [:", x, "] with capacity ", y, true)
}

// panicSliceB: s[x:y] with x > y.
func panicSliceB(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [", x, ":]", 0, false)
	}
	printstring("panic: runtime error: slice bounds out of range [")
	printint(int64(x))
	printstring(":")
	printint(int64(y))
	printstring("]\n")
	fatalpanic()
}

// panicSlice3Alen: s[::x] with x > len(s) = y (arrays).
func panicSlice3Alen(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [::", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [::", x, "] with length ", y, true)
}

// panicSlice3Acap: s[::x] with x > cap(s) = y.
func panicSlice3Acap(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [::", x, "]", 0, false)
	}
	boundsError("slice bounds out of range [::", x, "] with capacity ", y, true)
}

// panicSlice3B: s[:x:y] with x > y.
func panicSlice3B(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [:", x, ":]", 0, false)
	}
	printstring("panic: runtime error: slice bounds out of range [:")
	printint(int64(x))
	printstring(":")
	printint(int64(y))
	printstring("]\n")
	fatalpanic()
}

// panicSlice3C: s[x:y:] with x > y.
func panicSlice3C(x int, y int) {
	if x < 0 {
		boundsError("slice bounds out of range [", x, "::]", 0, false)
	}
	printstring("panic: runtime error: slice bounds out of range [")
	printint(int64(x))
	printstring(":")
	printint(int64(y))
	printstring(":]\n")
	fatalpanic()
}
