// run

// Slices share backing arrays; len and cap.
package main

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	println(len(s), cap(s), s[0], s[2])
	s[0] = 100
	println(arr[1])
	t := s[1:5]
	println(len(t), cap(t), t[3])
	u := arr[:]
	println(len(u), cap(u))
	e := arr[6:]
	println(len(e), cap(e))
	m := make([]int, 3, 10)
	println(len(m), cap(m), m[2])
	m = m[:10]
	println(len(m))
}
