package b

// B's export clashes with A's: a link error naming both functions
// (beyond gc's wording; see ../main.go).
//go:wasmexport dup
func Dup() int32 { return 2 }
