// Package lib shows that go:wasmimport and go:wasmexport work in any
// package of the program, not just main (shared/spec/wasm.md §2, §3): its
// exports are exported from the module, and it may declare an import that
// package main declares too (host.p_int32, same signature).
package lib

//go:wasmimport host p_int32
func hostInt32(x int32)

//go:wasmimport host lib_scale
func hostScale(x float64, by int32) float64

//go:wasmexport lib_scale
func Scale(x float64, by int32) float64 {
	hostInt32(by)
	return hostScale(x, by)
}

//go:wasmexport lib_version
func Version() uint32 { return 1 }
