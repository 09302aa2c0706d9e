package main

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 100
	a := [2]int(s[3:])
	a[0] = 7
	println(s[0], p[2], a[0], a[1], s[3])
	var e []int
	q := (*[0]int)(e)
	println(q == nil)
	defer func() { println(recover() != nil) }()
	_ = [8]int(s)
}
