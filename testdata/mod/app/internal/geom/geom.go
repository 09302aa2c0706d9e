// Package geom has integer points and the few operations the shops need.
package geom

// Point is a position on the city grid.
type Point struct {
	X, Y int
}

// Square is the unit square's corners in counter-clockwise order.
var Square = [4]Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}}

// Origin is the city centre.
var Origin Point

func init() {
	println("init example.com/app/internal/geom")
}

// Add returns a+b.
func Add(a, b Point) Point { return Point{a.X + b.X, a.Y + b.Y} }

// Scale multiplies both coordinates by k.
func Scale(p Point, k int) Point { return Point{p.X * k, p.Y * k} }

// Manhattan is the grid distance between a and b.
func Manhattan(a, b Point) int {
	return abs(a.X-b.X) + abs(a.Y-b.Y)
}

// Bounds returns the corners of the smallest box holding every point.
func Bounds(pts []Point) (min, max Point) {
	if len(pts) == 0 {
		return
	}
	min, max = pts[0], pts[0]
	for _, p := range pts[1:] {
		if p.X < min.X {
			min.X = p.X
		}
		if p.Y < min.Y {
			min.Y = p.Y
		}
		if p.X > max.X {
			max.X = p.X
		}
		if p.Y > max.Y {
			max.Y = p.Y
		}
	}
	return
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
