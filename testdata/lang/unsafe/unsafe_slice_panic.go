// run

// unsafe.Slice with a nil pointer and non-zero length panics.
package main

import "unsafe"

func main() {
	var p *byte
	n := 3
	s := unsafe.Slice(p, n)
	println(len(s))
}
