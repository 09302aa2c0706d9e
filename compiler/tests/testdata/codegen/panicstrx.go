package main

func main() {
	s := "abc"
	k := 3
	println(s[1:k])
	println(s[k])
}
