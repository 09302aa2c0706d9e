package b

import "example.com/cyc/c"

func B() { c.C() }
