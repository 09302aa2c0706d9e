// run

// Matrix arithmetic on fixed-size arrays: multiply, transpose, powers,
// determinant by cofactor expansion.
package main

const N = 4

type Matrix [N][N]int64

func identity() Matrix {
	var m Matrix
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s int64
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func transpose(a Matrix) Matrix {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

func pow(a Matrix, n int) Matrix {
	result := identity()
	for n > 0 {
		if n&1 == 1 {
			result = mul(result, a)
		}
		a = mul(a, a)
		n >>= 1
	}
	return result
}

func det(m [][]int64) int64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	var d int64
	sign := int64(1)
	for col := 0; col < n; col++ {
		minor := make([][]int64, 0, n-1)
		for r := 1; r < n; r++ {
			row := make([]int64, 0, n-1)
			for c := 0; c < n; c++ {
				if c != col {
					row = append(row, m[r][c])
				}
			}
			minor = append(minor, row)
		}
		d += sign * m[0][col] * det(minor)
		sign = -sign
	}
	return d
}

func toSlices(m Matrix) [][]int64 {
	out := make([][]int64, N)
	for i := range m {
		out[i] = m[i][:]
	}
	return out
}

func show(label string, m Matrix) {
	println(label)
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			print("\t", m[i][j])
		}
		println()
	}
}

func main() {
	a := Matrix{
		{1, 2, 3, 4},
		{5, 6, 7, 8},
		{9, 10, 11, 12},
		{13, 14, 15, 16},
	}
	b := Matrix{
		{2, 0, 0, 1},
		{0, 3, 1, 0},
		{1, 0, 4, 0},
		{0, 1, 0, 5},
	}
	show("a*b", mul(a, b))
	show("b*a", mul(b, a))
	show("a^T", transpose(a))
	println("a unchanged:", a[0][1], a[1][0])
	println(mul(a, identity()) == a, mul(a, b) == mul(b, a))
	println("(ab)^T == b^T a^T:", transpose(mul(a, b)) == mul(transpose(b), transpose(a)))

	// Fibonacci numbers from powers of [[1,1],[1,0]] embedded in 4x4.
	var f Matrix
	f[0][0], f[0][1], f[1][0] = 1, 1, 1
	f[2][2], f[3][3] = 1, 1
	for _, n := range []int{1, 10, 50, 90} {
		p := pow(f, n)
		println("fib", n, "=", p[0][1])
	}

	println("det(a) =", det(toSlices(a)))
	println("det(b) =", det(toSlices(b)))
	println("det(b^3) =", det(toSlices(pow(b, 3))))
	var c Matrix = b
	c[3][3] = -7
	println("det(c) =", det(toSlices(c)), "b[3][3] still", b[3][3])

	// Row sums through slices of the array rows.
	for i := range a {
		row := a[i][:]
		var s int64
		for _, v := range row {
			s += v
		}
		print(s, " ")
	}
	println()
}
