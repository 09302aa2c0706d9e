// run

// Shifts by counts at and beyond the width.
package main

func main() {
	var one int32 = 1
	for _, s := range []uint{0, 1, 31, 32, 33, 64, 100} {
		println("int32 1<<", s, "=", one<<s, " -1>>", s, "=", int32(-1)>>s)
	}
	var u uint8 = 0xff
	for s := uint(0); s < 10; s++ {
		println("uint8", s, u<<s, u>>s)
	}
	var x int64 = -1024
	var n int = 3
	println(x>>n, x<<n, x>>63, x>>64, x>>200)
	var y uint64 = 1 << 63
	println(y>>63, y<<1, y>>64)
}
