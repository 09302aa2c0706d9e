package main

type Point struct {
	X, Y int
	Name string
}

type Box struct {
	Min, Max Point
	Tags     [3]byte
}

func area(b Box) int { return (b.Max.X - b.Min.X) * (b.Max.Y - b.Min.Y) }

func mk(n int) Box {
	return Box{Min: Point{1, 2, "a"}, Max: Point{X: n, Y: n}}
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	s := "héllo"
	t := s + ", " + "world" + s[1:3]
	println(len(t), t[0], s < t, s == t)
	for i, r := range s {
		println(i, r)
	}
	b := []byte(s)
	b = append(b, '!', '?')
	b = append(b, s...)
	c := make([]int, 2, 10)
	c = append(c, 1, 2, 3)
	n := copy(c, []int{9, 8})
	println(string(b), len(c), cap(c[1:3:4]), n, sum(1, 2, 3), sum(c...))
	bx := mk(5)
	bx2 := bx
	bx2.Min.X = 3
	p := &bx2.Max
	p.Y++
	println(area(bx), area(bx2), bx == bx2, bx.Min == Point{1, 2, "a"})
	arr := [4]int{1, 2, 3}
	arr2 := arr
	arr2[3] = 4
	q := &arr[1]
	*q = 7
	println(arr[1], arr2[3], arr == arr2)
	pp := new(Point)
	pp.Name = "n"
	println(pp.Name, sum(arr[:]...))
}
