package main

import "example.com/s/a"

func main() { a.A() }
