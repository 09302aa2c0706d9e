package main

import (
	"example.com/a"
	"example.com/d"
	"example.com/c"
)

func main() {
	println(a.Describe())
	println(d.Describe())
	println(c.Describe())
}
