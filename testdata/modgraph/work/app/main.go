package main

import (
	"example.com/lib"
	"example.com/c"
)

func main() {
	println(lib.Describe())
	println(c.Describe())
}
