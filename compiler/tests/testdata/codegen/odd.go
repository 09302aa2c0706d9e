package main

import "unsafe"

type A struct{ X, Y int }
type B struct{ X, Y int }
type Ints []int
type F func(int) int
type M map[string]int
type S string

func twice(x int) int { return 2 * x }

func main() {
	a := A{1, 2}
	b := B(a)
	println(b.Y)
	is := Ints([]int{3, 4})
	raw := []int(is)
	println(len(raw), is[1])
	f := F(twice)
	g := (func(int) int)(f)
	println(f(3), g(4))
	m := M{"a": 1}
	mm := map[string]int(m)
	println(len(mm), mm["a"])
	s := S("hey")
	bs := []byte(s)
	println(string(bs), S(bs) == s)
	println(unsafe.Sizeof(a), unsafe.Alignof(a.Y), unsafe.Offsetof(a.Y), unsafe.Sizeof(s))
	var up unsafe.Pointer = unsafe.Pointer(&a)
	pb := (*B)(up)
	pb.X = 9
	println(a.X)
	var arr [3]struct{}
	println(len(arr))
	type Empty struct{}
	var e1, e2 Empty
	println(e1 == e2)
	x := 5
	px := &x
	ppx := &px
	**ppx = 6
	println(x)
	var i8 int8 = -3
	println(uint8(i8), uint64(i8), int64(uint8(i8)))
	c := 'a' + 1
	println(c, string(c))
	var r rune = 0x10FFFF + 1
	println(string(r) == "\uFFFD")
}
