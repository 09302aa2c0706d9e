package local

const Version = "local (directory)"

func Describe() string { return "local@" + Version }
