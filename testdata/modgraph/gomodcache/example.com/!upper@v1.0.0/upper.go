package upper

const Version = "v1.0.0"

func Describe() string { return "upper@" + Version }
