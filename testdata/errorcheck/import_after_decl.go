// errorcheck

package main

func f() {}

import "os" // ERROR "syntax error: imports must appear before other declarations"

func main() {
}
