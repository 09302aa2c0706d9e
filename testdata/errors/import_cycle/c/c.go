package c

import "example.com/cyc/a"

func C() { a.A() }
