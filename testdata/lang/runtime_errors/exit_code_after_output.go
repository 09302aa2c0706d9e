// run

// Output before a panic is kept; the exit status is 2.
package main

func main() {
	for i := 0; i < 3; i++ {
		println("line", i)
	}
	var arr [3]int
	idx := 3
	arr[idx%4] = 1
}
