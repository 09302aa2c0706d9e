// run

// Structs: fields, nesting, literals, value copies, comparison, pointers.
package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Mixed struct {
	a bool
	b int64
	c int8
	d string
	e uint16
	f [3]int32
	g Point
}

type Polygon struct {
	Name   string
	Points []Point
}

type Empty struct{}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect, d int) Rect {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
	r.Name = r.Name + "+"
	return r
}

func growInPlace(r *Rect, d int) {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
}

func midpoint(a, b Point) Point {
	return Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2}
}

func printPoint(label string, p Point) {
	println(label, p.X, p.Y)
}

func main() {
	var zero Point
	printPoint("zero", zero)
	p := Point{X: 3, Y: 4}
	q := Point{1, 2}
	printPoint("p", p)
	printPoint("mid", midpoint(p, q))

	r := Rect{Min: Point{0, 0}, Max: Point{10, 5}, Name: "r"}
	println(r.Name, area(r))
	g := grow(r, 1)
	println(g.Name, area(g), "original still", area(r), r.Name)
	growInPlace(&r, 2)
	println(r.Name, area(r), r.Min.X, r.Max.Y)

	// Assignment copies the whole value.
	c := r
	c.Max.X = 100
	println(r.Max.X, c.Max.X)

	// Comparison compares every field.
	println(p == Point{3, 4}, p == q, p != q)
	r2 := r
	println(r == r2)
	r2.Name = "other"
	println(r == r2)

	// Padding and alignment inside a struct.
	m := Mixed{a: true, b: -1, c: -2, d: "dee", e: 65535, f: [3]int32{7, 8, 9}, g: Point{5, 6}}
	m2 := m
	println(m.a, m.b, m.c, m.d, m.e, m.f[0], m.f[2], m.g.Y)
	println(m == m2)
	m2.f[1] = 0
	println(m == m2, m.f[1], m2.f[1])

	// Pointers to structs and to their fields.
	pp := &Point{7, 8}
	pp.X *= 10
	(*pp).Y++
	py := &pp.Y
	*py += 100
	println(pp.X, pp.Y)
	ptr2 := pp
	ptr2.X = -1
	println(pp.X, pp == ptr2, *pp == *ptr2)

	// Anonymous struct types.
	var anon struct {
		name  string
		count int
	}
	anon.name = "anon"
	anon.count = 2
	other := struct {
		name  string
		count int
	}{"anon", 2}
	println(anon.name, anon.count, anon == other)

	// Struct containing struct slices and arrays of structs.
	tri := Polygon{"tri", []Point{{0, 0}, {4, 0}, {0, 3}}}
	perimeter2 := 0
	for i := range tri.Points {
		a := tri.Points[i]
		b := tri.Points[(i+1)%len(tri.Points)]
		dx, dy := b.X-a.X, b.Y-a.Y
		perimeter2 += dx*dx + dy*dy
	}
	println(tri.Name, len(tri.Points), perimeter2)
	var corners [4]Point
	for i := range corners {
		corners[i] = Point{i, i * i}
	}
	println(corners[3].X, corners[3].Y, corners == [4]Point{{0, 0}, {1, 1}, {2, 4}, {3, 9}})

	// Empty struct.
	var e1, e2 Empty
	println(e1 == e2)
}
