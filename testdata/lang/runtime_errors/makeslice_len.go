// run

// makeslice: len out of range.
package main

func main() {
	n := -1
	_ = make([]byte, n)
}
