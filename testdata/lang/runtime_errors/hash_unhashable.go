// run

// hash of unhashable type []int.
package main

func main() {
	m := map[any]bool{}
	m[[]int{}] = true
}
