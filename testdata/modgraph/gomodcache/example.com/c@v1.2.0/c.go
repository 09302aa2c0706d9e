package c

const Version = "v1.2.0"

func Describe() string { return "c@" + Version }
