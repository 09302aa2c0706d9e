// errorcheck

package main

func main() {
	r := 'a // ERROR "newline in rune literal"
	println(r)
}
