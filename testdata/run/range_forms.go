// run

// Every range form of this subset, with and without index and value.
package main

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		print(i)
	}
	println()
	for _, v := range s {
		print(v)
	}
	println()
	for i, v := range s {
		print(i, v, " ")
	}
	println()
	for range s {
		print(".")
	}
	println()

	// The range expression is evaluated once; appends inside do not extend it.
	nums := []int{1, 2, 3}
	for _, v := range nums {
		nums = append(nums, v*10)
	}
	println(len(nums), nums[5])

	// Assigning to existing variables.
	var i, v int
	for i, v = range []int{5, 6, 7} {
	}
	println(i, v)

	// Ranging over an array copies it; over a pointer to an array it does not.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20
		}
		print(v, " ")
	}
	println()
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		if i == 0 {
			arr[1] = 20
		}
		print(v, " ")
	}
	println()

	// Integer ranges of several types.
	var n16 uint16 = 3
	for k := range n16 {
		print(k, " ")
	}
	const c = 4
	for k := range c {
		print(k*k, " ")
	}
	println()
	n := 3
	for k := range n {
		n = 10 // does not change the iteration count
		print(k, " ")
	}
	println(n)

	// Strings: byte offsets and runes.
	for i, r := range "hé!" {
		print(i, ":", r, " ")
	}
	println()

	// Nil slice ranges zero times.
	var none []int
	for range none {
		println("never")
	}

	// Range over a slice of arrays copies each element.
	pairs := [][2]int{{1, 2}, {3, 4}}
	for _, p := range pairs {
		p[0] = 0
	}
	println(pairs[0][0], pairs[1][0])
	for i := range pairs {
		pairs[i][0] = 0
	}
	println(pairs[0][0], pairs[1][0])
}
