package a

//go:wasmexport dup
func Dup() int32 { return 1 }
