// errorcheck

// Beyond gc (shared/spec/wasm.md §3): the export names _start, _initialize
// and memory belong to the module's entry point and memory; exporting a Go
// function under them is a compile error at the function name:
//
//	go:wasmexport: reserved export name "NAME" (used by func F)
//
// gc 1.27.3 accepts all three and writes an invalid module ("duplicate
// export name") or, for _start in a reactor and _initialize in a command, a
// module with both entry points. errorcheck_gc.py reports this file as
// failing by design (no error from gc).

package main

//go:wasmexport _start
func start() {} // ERROR "^go:wasmexport: reserved export name ._start. \(used by func start\)$"

//go:wasmexport _initialize
func initialize() {} // ERROR "^go:wasmexport: reserved export name ._initialize. \(used by func initialize\)$"

//go:wasmexport memory
func memory() int32 { return 0 } // ERROR "^go:wasmexport: reserved export name .memory. \(used by func memory\)$"

func main() {}
