package d

import (
	"example.com/c"
)

const Version = "v1.0.0"

func Describe() string { return "d@" + Version + " " + c.Describe() }
