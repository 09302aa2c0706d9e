// run

// Deeply nested composite literals with elided types.
package main

type Point struct{ X, Y int }
type Line struct{ A, B Point }
type Shape struct {
	Name  string
	Lines []Line
	Tags  map[string][]Point
}

func main() {
	s := Shape{
		Name: "tri",
		Lines: []Line{
			{Point{0, 0}, Point{1, 0}},
			{A: Point{1, 0}, B: Point{0, 1}},
			{B: Point{0, 0}, A: Point{Y: 1}},
		},
		Tags: map[string][]Point{"corners": {{0, 0}, {1, 0}, {0, 1}}},
	}
	for _, l := range s.Lines {
		println(l.A.X, l.A.Y, "->", l.B.X, l.B.Y)
	}
	println(s.Name, len(s.Tags["corners"]), s.Tags["corners"][2].Y)
	ptrs := []*Point{{1, 2}, {3, 4}}
	println(ptrs[1].X)
	arr := [...][2]Point{{{1, 1}, {2, 2}}, {{3, 3}}}
	println(len(arr), arr[1][0].X, arr[1][1].X)
}
