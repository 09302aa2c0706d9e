// run

// print and println mixing many kinds in one call.
package main

type ID int8

func main() {
	var id ID = -5
	var u16 uint16 = 65535
	var f32 float32 = -0.5
	var c complex64 = 1 + 1i
	println("id", id, "u16", u16, "f32", f32, "c", c, "b", true, "s", "str")
	print("id=", id, " u16=", u16, " f32=", f32, " c=", c, "\n")
}
