// run

// Using an unhashable dynamic type as a map key panics.
package main

func main() {
	m := map[any]int{}
	m[1] = 1
	println(len(m))
	var k any = []int{1}
	m[k] = 2
	println("unreachable")
}
