// run

// Arrays and slices of structs modified through index and pointer.
package main

type P struct {
	X, Y int
	Name string
}

func main() {
	ps := []P{{1, 2, "a"}, {3, 4, "b"}}
	for _, p := range ps {
		p.X = 100
	}
	println(ps[0].X)
	for i := range ps {
		ps[i].X *= 10
	}
	println(ps[0].X, ps[1].X)
	q := &ps[1]
	q.Name = "bee"
	ps = append(ps, P{Name: "c"})
	println(ps[1].Name, ps[2].Y, len(ps))
	var arr [2]P
	arr[0].Y = 5
	brr := arr
	brr[0].Y = 6
	println(arr[0].Y, brr[0].Y, arr == brr)
}
