package b

import (
	"example.com/c"
)

const Version = "v1.0.0"

func Describe() string { return "b@" + Version + " " + c.Describe() }
