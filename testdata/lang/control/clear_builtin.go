// run

// clear on maps and slices in loops.
package main

func main() {
	m := map[int]string{}
	s := make([]int, 4)
	for round := 0; round < 3; round++ {
		for i := range s {
			s[i] += i + round
			m[i*round] = "x"
		}
		println(round, len(m), s[3])
		clear(m)
		if round == 1 {
			clear(s)
		}
	}
	println(len(m), s[0], s[3])
}
