// run

// A generic matrix library: constraints, methods on generic types, errors, Gaussian elimination, rationals.
package main

type Field[T any] interface {
	Add(T) T
	Sub(T) T
	Mul(T) T
	Div(T) T
	IsZero() bool
	String() string
}

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

type DimError struct{ op string; r1, c1, r2, c2 int }

func (e *DimError) Error() string {
	return e.op + ": dimension mismatch " + itoa(e.r1) + "x" + itoa(e.c1) + " vs " + itoa(e.r2) + "x" + itoa(e.c2)
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func New[T Number](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) *Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, &DimError{"mul", m.rows, m.cols, o.rows, o.cols}
	}
	out := New[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) Add(o *Matrix[T]) (*Matrix[T], error) {
	if m.rows != o.rows || m.cols != o.cols {
		return nil, &DimError{"add", m.rows, m.cols, o.rows, o.cols}
	}
	out := New[T](m.rows, m.cols)
	for i := range m.data {
		out.data[i] = m.data[i] + o.data[i]
	}
	return out, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	out := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix[T]) Pow(n int) *Matrix[T] {
	result := Identity[T](m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func Map[T, U Number](m *Matrix[T], f func(T) U) *Matrix[U] {
	out := New[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m *Matrix[T]) Print(name string, show func(T) string) {
	println(name, "(", m.rows, "x", m.cols, ")")
	for i := 0; i < m.rows; i++ {
		print("  [")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				print(" ")
			}
			print(show(m.At(i, j)))
		}
		println("]")
	}
}

// Rat is an exact rational number used to solve linear systems without rounding.
type Rat struct{ n, d int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func R(n, d int64) Rat {
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		return Rat{0, 1}
	}
	return Rat{n / g, d / g}
}

func (a Rat) Add(b Rat) Rat   { return R(a.n*b.d+b.n*a.d, a.d*b.d) }
func (a Rat) Sub(b Rat) Rat   { return R(a.n*b.d-b.n*a.d, a.d*b.d) }
func (a Rat) Mul(b Rat) Rat   { return R(a.n*b.n, a.d*b.d) }
func (a Rat) Div(b Rat) Rat   { return R(a.n*b.d, a.d*b.n) }
func (a Rat) IsZero() bool    { return a.n == 0 }
func (a Rat) String() string {
	if a.d == 1 {
		return itoa(int(a.n))
	}
	return itoa(int(a.n)) + "/" + itoa(int(a.d))
}

// Solve solves A x = b over any field by Gauss-Jordan elimination.
func Solve[T Field[T]](a [][]T, b []T) ([]T, bool) {
	n := len(a)
	for col := 0; col < n; col++ {
		pivot := -1
		for r := col; r < n; r++ {
			if !a[r][col].IsZero() {
				pivot = r
				break
			}
		}
		if pivot < 0 {
			return nil, false
		}
		a[col], a[pivot] = a[pivot], a[col]
		b[col], b[pivot] = b[pivot], b[col]
		for r := 0; r < n; r++ {
			if r == col || a[r][col].IsZero() {
				continue
			}
			f := a[r][col].Div(a[col][col])
			for c := col; c < n; c++ {
				a[r][c] = a[r][c].Sub(f.Mul(a[col][c]))
			}
			b[r] = b[r].Sub(f.Mul(b[col]))
		}
	}
	x := make([]T, n)
	for i := range x {
		x[i] = b[i].Div(a[i][i])
	}
	return x, true
}

func ints(v int) string { return itoa(v) }

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	println(err == nil)
	c.Print("a*b", ints)
	a.Transpose().Print("a^T", ints)
	_, err = a.Mul(a)
	println(err.Error())
	_, err = a.Add(b)
	println(err.Error())
	s, _ := a.Add(a)
	s.Print("a+a", ints)

	fib := New[int64](2, 2, 1, 1, 1, 0)
	f90 := fib.Pow(90)
	println("fib(90) =", f90.At(0, 1))
	halves := Map(New(2, 2, 1, 2, 3, 4), func(v int) float64 { return float64(v) / 2 })
	halves.Print("halves", func(f float64) string { return itoa(int(f*10)) + "/10" })

	sys := [][]Rat{
		{R(2, 1), R(1, 1), R(-1, 1)},
		{R(-3, 1), R(-1, 1), R(2, 1)},
		{R(-2, 1), R(1, 1), R(2, 1)},
	}
	x, ok := Solve(sys, []Rat{R(8, 1), R(-11, 1), R(-3, 1)})
	print("solution ok=", ok, ":")
	for _, v := range x {
		print(" ", v.String())
	}
	println()
	sys2 := [][]Rat{{R(1, 2), R(1, 3)}, {R(1, 4), R(1, 5)}}
	x, ok = Solve(sys2, []Rat{R(1, 1), R(2, 1)})
	print("solution ok=", ok, ":")
	for _, v := range x {
		print(" ", v.String())
	}
	println()
	sing := [][]Rat{{R(1, 1), R(2, 1)}, {R(2, 1), R(4, 1)}}
	_, ok = Solve(sing, []Rat{R(1, 1), R(2, 1)})
	println("singular solvable:", ok)
	id := Identity[float64](3)
	sum := 0.0
	for _, v := range id.data {
		sum += v
	}
	println("trace", sum)
}
