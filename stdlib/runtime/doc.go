// Package runtime is gobuild's Go runtime for GOOS=wasip1, GOARCH=wasm.
//
// It is compiled by gobuild's own compiler like any other package and linked
// into every program. It is written in the subset of Go that the compiler
// supports at the bottom of the stack: no maps, interfaces, closures or
// methods, with memory reached through unsafe.Pointer and uintptr, the host
// reached through //go:wasmimport, and a few intrinsics (stubs.go) that the
// compiler expands inline.
//
// The compiler calls the functions listed in ARCHITECTURE.md ("Runtime
// ABI") by their link names; their signatures must not change without the
// compiler's table in compiler/src/lower/runtime.rs changing with them.
package runtime
