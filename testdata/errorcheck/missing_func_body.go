// errorcheck

package main

func helper(x int) int // ERROR "missing function body"

func main() {
	println(helper(1))
}
