package main

import "example.com/other/x"

func main() { x.F() }
