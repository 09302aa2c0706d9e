// errorcheck

package main

func main() {
	x := 1
	x + 1 = 2 // ERROR "cannot assign to x \+ 1 \(neither addressable nor a map index expression\)"
	println(x)
}
