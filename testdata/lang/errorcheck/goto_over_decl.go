// errorcheck

// goto may not jump over variable declarations or into blocks.
package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at .*goto_over_decl.go:8:4"
	x := 1
	println(x)
L:
	println("L")
	goto inner // ERROR "goto inner jumps into block starting at .*"
	{
	inner:
		println("inner")
	}
}
