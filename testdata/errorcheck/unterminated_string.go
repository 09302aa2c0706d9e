// errorcheck

package main

func main() {
	/* // ERROR "newline in string" */ s := "hello
	println(s)
}
