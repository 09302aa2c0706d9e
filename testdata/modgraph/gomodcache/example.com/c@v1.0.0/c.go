package c

const Version = "v1.0.0"

func Describe() string { return "c@" + Version }
