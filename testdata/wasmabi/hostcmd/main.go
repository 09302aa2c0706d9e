// A command (default build mode) whose main calls into the host, which
// calls exports back while _start runs (shared/spec/wasm.md §1, §5).
// host.mode selects the scenario: 0 re-enters 25 deep and logs the
// result; 1 makes the host call do_panic, whose panic must end the
// program with exit status 2.
package main

//go:wasmimport host log
func hostLog(msg string)

//go:wasmimport host mode
func hostMode() int32

//go:wasmimport host callback
func hostCallback(depth int32) int32

//go:wasmimport host call_panic
func hostCallPanic()

//go:wasmexport reenter
func reenter(depth int32) int32 {
	if depth <= 0 {
		return 0
	}
	return hostCallback(depth-1) + 1
}

//go:wasmexport do_panic
func doPanic(code int32) {
	if code == 7 {
		panic("boom 7")
	}
}

func itoa(n int32) string {
	if n == 0 {
		return "0"
	}
	var b [12]byte
	i := len(b)
	neg := n < 0
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		b[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func main() {
	hostLog("main")
	switch hostMode() {
	case 0:
		hostLog("reenter 25 = " + itoa(hostCallback(25)))
	case 1:
		hostCallPanic()
		hostLog("not reached")
	}
}
