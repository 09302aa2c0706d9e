// run

// String constants: indexing, slicing and len at run time and compile time.
package main

const Greeting = "Hello, 世界"

func main() {
	println(len(Greeting))
	println(Greeting[0], Greeting[7:])
	for i, r := range Greeting {
		if r > 127 {
			println(i, r)
		}
	}
	const empty = ""
	println(len(empty) == 0, empty+"x")
	const multi = "a" +
		"b" +
		"c"
	println(multi)
}
