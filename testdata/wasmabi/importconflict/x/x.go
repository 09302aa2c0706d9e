package x

//go:wasmimport host clash
func Clash(v int32)

func Use() { Clash(1) }
