package main

var a = b + 1
var b = f()
var names = []string{"x", "y"}
var arr = [...]uint16{1, 2, 3}

func f() int { return 41 }

func init() { a++ }
func init() { b-- }

func main() { println(a, b, names[1], arr[2]) }
