// errorcheck

// The raw string runs to the end of the file, so the parser then meets EOF
// inside the argument list; that error is reported on the last line.
package main

func main() {
	println(`never closed) // ERROR "string not terminated"
}
// ERROR "syntax error: unexpected EOF in argument list; possibly missing comma or \)"