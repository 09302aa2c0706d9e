package y

//go:wasmimport host clash
func Clash(v int64)

func Use() { Clash(2) }
