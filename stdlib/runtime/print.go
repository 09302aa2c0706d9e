package runtime

import "unsafe"

// The print and println builtins. The compiler lowers each argument to one
// of these calls (println adds printsp between arguments and printnl at the
// end), and the output goes to standard error unbuffered, as gc's does.

// printBuf holds the digits of one number being printed.
var printBuf [32]byte

func gwrite(p unsafe.Pointer, n int) {
	write(2, p, int32(n))
}

func printstring(s string) {
	gwrite(unsafe.Pointer(unsafe.StringData(s)), len(s))
}

func printsp() {
	printstring(" ")
}

func printnl() {
	printstring("\n")
}

func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

func printint(v int64) {
	if v < 0 {
		printstring("-")
		// -v wraps for the minimum value, and uint64 then holds its magnitude.
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printuint(v uint64) {
	i := len(printBuf)
	for v >= 10 {
		i--
		printBuf[i] = byte(v%10 + '0')
		v /= 10
	}
	i--
	printBuf[i] = byte(v + '0')
	gwrite(unsafe.Pointer(&printBuf[i]), len(printBuf)-i)
}

func printhex(v uint64) {
	const digits = "0123456789abcdef"
	i := len(printBuf)
	for v >= 16 {
		i--
		printBuf[i] = digits[v%16]
		v /= 16
	}
	i--
	printBuf[i] = digits[v]
	i--
	printBuf[i] = 'x'
	i--
	printBuf[i] = '0'
	gwrite(unsafe.Pointer(&printBuf[i]), len(printBuf)-i)
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printslice prints a slice as gc does: [len/cap]0xaddress.
func printslice(p unsafe.Pointer, n int, c int) {
	printstring("[")
	printint(int64(n))
	printstring("/")
	printint(int64(c))
	printstring("]")
	printpointer(p)
}
