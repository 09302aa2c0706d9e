package main

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 1
	println(len(s[i:]))
	println(len(s[i:j]))
}
