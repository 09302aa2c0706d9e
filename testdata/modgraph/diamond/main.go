package main

import (
	"example.com/a"
	"example.com/b"
)

func main() {
	println(a.Describe())
	println(b.Describe())
}
