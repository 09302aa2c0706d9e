// run

// Structs passed and returned by value through several calls.
package main

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec      { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec) Cross(b Vec) Vec {
	return Vec{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

func main() {
	x := Vec{1, 0, 0}
	y := Vec{0, 1, 0}
	z := x.Cross(y)
	println(z.X, z.Y, z.Z)
	p := x.Add(y).Scale(2).Add(z)
	println(p.Dot(p), p == Vec{2, 2, 1})
	var sum Vec
	for i := 0; i < 10; i++ {
		sum = sum.Add(Vec{float64(i), 1, -1})
	}
	println(sum.X, sum.Y, sum.Z)
}
