// run

// Closures capturing struct values and pointers, and modifying them.
package main

type Pt struct{ X, Y int }

func main() {
	p := Pt{1, 2}
	move := func(dx int) { p.X += dx }
	move(5)
	move(5)
	println(p.X, p.Y)
	q := &Pt{0, 0}
	setY := func(v int) { q.Y = v }
	setY(9)
	println(q.Y)
	q = &Pt{100, 100}
	setY(1)
	println(q.Y)
	arr := [3]int{1, 2, 3}
	double := func() {
		for i := range arr {
			arr[i] *= 2
		}
	}
	double()
	println(arr[0], arr[1], arr[2])
}
