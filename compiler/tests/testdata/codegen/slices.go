package main

func show(s []int) {
	print(len(s), " ", cap(s), ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func main() {
	var s []int
	println(s == nil, len(s))
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	show(s)
	t := s[2:5]
	show(t)
	t = append(t, 100)
	show(s)
	u := s[1:3:4]
	show(u)
	u = append(u, 7, 8)
	show(u)
	show(s)
	n := copy(s, s[3:])
	show(s)
	println(n)
	arr := [5]int{1, 2, 3, 4, 5}
	as := arr[1:4]
	as[0] = 20
	println(arr[1])
	for i, v := range arr {
		arr[4] = 50
		print(i, v, " ")
	}
	println()
	m := make([]string, 2, 5)
	m[1] = "x"
	m = append(m, "y", "z")
	println(len(m), cap(m), m[0] == "", m[1], m[3])
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	println(grid[2][1], len(grid[1]))
	var z []byte
	z = append(z, "hi"...)
	println(string(z), cap(z) >= 2)
	ps := &arr
	println(ps[2], len(ps))
	for i := range ps {
		ps[i] *= 2
	}
	println(arr[0], arr[4])
	s2 := s[:0]
	println(len(s2), cap(s2) == cap(s))
}
