// run

// Multi-dimensional arrays and matrix multiplication.
package main

type Mat [3][3]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	println(mul(id, m) == m, mul(m, id) == m)
	p := mul(m, m)
	for _, row := range p {
		println(row[0], row[1], row[2])
	}
	var cube [2][2][2]byte
	cube[1][0][1] = 9
	println(len(cube), len(cube[0]), len(cube[0][0]), cube[1][0][1])
}
