package c

const Version = "v1.3.0"

func Describe() string { return "c@" + Version }
