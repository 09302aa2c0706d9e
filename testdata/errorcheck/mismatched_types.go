// errorcheck

package main

func main() {
	var i int = 1
	var s string = "a"
	var u uint8 = 2
	println(i + s) // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	println(i == u) // ERROR "invalid operation: i == u \(mismatched types int and uint8\)"
	var j int = "str" // ERROR "cannot use .str. \(untyped string constant\) as int value in variable declaration"
	println(j)
}
