package a

import "example.com/s/a"

func A() { a.A() }
