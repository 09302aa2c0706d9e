package main

import (
	"example.com/Upper"
	"example.com/Upper/sub"
	"example.com/r"
	"example.com/local"
	"example.com/c"
)

func main() {
	println(upper.Describe())
	println(sub.Describe())
	println(r.Describe())
	println(local.Describe())
	println(c.Describe())
}
