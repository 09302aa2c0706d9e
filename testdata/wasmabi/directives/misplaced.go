// Directives that precede no top-level function: inside a body, and at
// the end of the file (shared/spec/wasm.md §2, §3).
package main

func f() {
	//go:wasmexport inner
	println(1)
	//go:wasmimport host inner
	println(2)
}

func main() { f() }

//go:wasmexport eof
