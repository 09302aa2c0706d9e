// run

// A panic message containing newlines and tabs is printed as is.
package main

func main() {
	panic("line one\nline two\ttabbed")
}
