package sub

const Version = "Upper/sub v1.0.0"

func Describe() string { return "sub@" + Version }
