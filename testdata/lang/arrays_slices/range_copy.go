// run

// range over an array iterates a copy; over a slice it sees updates.
package main

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		println(i, v)
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		println(i, v)
	}
	s2 := []int{1, 2, 3}
	for i := range s2 {
		s2 = append(s2, i)
	}
	println(len(s2))
	p := &[3]int{7, 8, 9}
	for i, v := range p {
		p[2] = 0
		println(i, v)
	}
}
