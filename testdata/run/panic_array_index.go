// run

// Indexing an array with a variable out of range; also negative.
package main

var table = [5]string{"a", "b", "c", "d", "e"}

func pick(i int) string { return table[i] }

func main() {
	println(pick(4))
	k := 3
	k = k - 10
	println("index", k)
	println(pick(k))
}
