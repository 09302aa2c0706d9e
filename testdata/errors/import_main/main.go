package main

import "example.com/m/tool"

func main() { tool.F() }
