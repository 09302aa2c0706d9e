package runtime

// Support for //go:wasmexport functions (shared/spec/wasm.md §1, §5). The
// compiler gives each exported function a wrapper with the host ABI
// (compiler/src/lower/wasmexport.rs) that calls wasmexportEnter first.

// isReactor is set by rt0_initialize: the module is a -buildmode=c-shared
// reactor, so a panic that reaches the top of an export traps (the host
// keeps running) instead of calling proc_exit.
var isReactor bool

// runtimeReady is set once the runtime itself is initialised (before the
// packages' initialisers run, so an init function may already call into
// the host and be called back).
var runtimeReady bool

// wasmexportEnter runs at the start of every exported function's wrapper.
// Before _initialize (or _start) has run, calling an export is the host's
// mistake: print gc's two lines and trap.
func wasmexportEnter() {
	if !runtimeReady {
		printstring("runtime: wasmexport function called before runtime initialization\n\tcall _initialize first\n")
		wasmUnreachable()
	}
}

// panicExit ends the program after an unrecovered panic's report: exit
// status 2 in a command; in a reactor a trap, as gc does, because the host
// called an export and there is no process to exit.
func panicExit() {
	if isReactor {
		wasmUnreachable()
	}
	exit(2)
}
