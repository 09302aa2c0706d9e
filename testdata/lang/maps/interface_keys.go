// run

// Interface keys hash by dynamic type and value.
package main

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ a int }{1}] = "struct"
	println(len(m))
	println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[1.0], "|", m[true])
	println(m[[2]int{1, 1}], m[struct{ a int }{1}])
	println(m[int8(1)] == "", m[nil] == "")
	m[nil] = "nil"
	println(m[nil], len(m))
}
