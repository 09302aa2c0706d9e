// errorcheck

package main

y := 2 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
}
