package lib

const Version = "lib (workspace)"

func Describe() string { return "lib@" + Version }
