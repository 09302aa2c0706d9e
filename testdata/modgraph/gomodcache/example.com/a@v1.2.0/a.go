package a

import (
	"example.com/c"
)

const Version = "v1.2.0"

func Describe() string { return "a@" + Version + " " + c.Describe() }
