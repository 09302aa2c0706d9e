// errorcheck

// Values that do not implement an interface, naming the missing method.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return c.r }
func (c *Circle) Perimeter() float64 { return c.r }

type Bad struct{}

func (Bad) Area() int           { return 0 }
func (Bad) Perimeter() float64 { return 0 }

func use(s Shape) {}

func main() {
	var s Shape = Sq{1} // ERROR "cannot use Sq\{…\} \(value of struct type Sq\) as Shape value in variable declaration: Sq does not implement Shape \(missing method Perimeter\)"
	use(Circle{1}) // ERROR "cannot use Circle\{…\} \(value of struct type Circle\) as Shape value in argument to use: Circle does not implement Shape \(method Area has pointer receiver\)"
	use(Bad{}) // ERROR "cannot use Bad\{\} \(value of struct type Bad\) as Shape value in argument to use: Bad does not implement Shape \(wrong type for method Area\)\n\t\thave Area\(\) int\n\t\twant Area\(\) float64"
	var e error = Sq{} // ERROR "Sq does not implement error \(missing method Error\)"
	use(&Circle{})
	_, _ = s, e
}
