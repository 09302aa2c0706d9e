package r

const Version = "rfork v1.5.0"

func Describe() string { return "r@" + Version }
