// os.Exit from an export calls proc_exit (shared/spec/wasm.md §5). Kept
// apart from ../host because it needs package os.
package main

import "os"

//go:wasmexport exit
func exit(code int32) { os.Exit(int(code)) }

func main() {}
