// run

// Converting a nil slice to a non-zero-length array pointer panics.
package main

func main() {
	var s []byte
	p := (*[1]byte)(s)
	println(p[0])
}
