package main

import "nosuch/pkg"

func main() { pkg.F() }
