package main

import "example.com/m/lib"

func main() { lib.F() }
