package runtime

// The entry points that the linker's generated _start and _initialize
// exports call (linker/src/synthetic.rs).

// initialized records that rt0_initialize ran, so that a second call of a
// reactor's _initialize changes nothing (shared/spec/wasm.md §1).
var initialized bool

// rt0_start runs a command: runtime and package initialisation, main.main,
// then exit status 0.
func rt0_start() {
	schedinit()
	runInits()
	initialized = true
	callMain()
	exit(0)
}

// rt0_initialize initialises a reactor and returns to the host.
func rt0_initialize() {
	if initialized {
		return
	}
	isReactor = true
	schedinit()
	runInits()
	initialized = true
}

// schedinit prepares the runtime before any package initialiser runs.
func schedinit() {
	mallocinit()
	runtimeReady = true
}
