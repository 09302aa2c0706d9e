// run

// Struct assignment copies; fields holding slices and maps share.
package main

type S struct {
	Arr   [2]int
	Slice []int
	Map   map[string]int
}

func main() {
	a := S{[2]int{1, 2}, []int{1, 2}, map[string]int{"k": 1}}
	b := a
	b.Arr[0] = 100
	b.Slice[0] = 100
	b.Map["k"] = 100
	println(a.Arr[0], a.Slice[0], a.Map["k"])
	modify(a)
	println(a.Arr[1], a.Slice[1])
	modifyPtr(&a)
	println(a.Arr[1])
}

func modify(s S) {
	s.Arr[1] = -1
	s.Slice[1] = -1
}

func modifyPtr(s *S) { s.Arr[1] = -2 }
