// run

// The print and println builtins: spacing, newlines and every basic kind.
package main

func main() {
	println("hello, world")
	println()
	println("a", "b", "c")
	print("a", "b", "c", "\n")
	print(1, 2, 3, "\n")
	println(1, 2, 3)
	println(true, false)
	print(true, false, "\n")
	println(-1, 0, 1)
	println("")
	println("", "")
	print("no newline at the end of this print, ")
	println("then println")
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	var u32 uint32 = 4294967295
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	var u uint = 18446744073709551615
	var ip uintptr = 4096
	println(i8, u8, i16, u16)
	println(i32, u32)
	println(i64, u64, u)
	println(ip)
	var b byte = 'A'
	var r rune = 'é'
	println(b, r)
	s := "tab\there, quote\" and backslash\\"
	println(s)
	println(len(s))
}
