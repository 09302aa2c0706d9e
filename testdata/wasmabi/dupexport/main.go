// Two packages export the same name "dup" (shared/spec/wasm.md §3).
// gc: link error "duplicated definition of symbol dup, from ...".
// gobuild (beyond gc): a link error naming both Go functions with their
// positions (a/a.go:4 A.Dup and b/b.go:6 B.Dup; exact wording is ours).
package main

import (
	"example.com/wasmabi/dupexport/a"
	"example.com/wasmabi/dupexport/b"
)

var _, _ = a.Dup, b.Dup

func main() {}
