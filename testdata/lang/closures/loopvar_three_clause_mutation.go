// run

// Per-iteration loop variables are copied at the end of each iteration before the post statement.
package main

func main() {
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i })
		if i == 1 {
			i += 1
		}
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
		*ptrs[len(ptrs)-1] += 10
	}
	println(len(ptrs), *ptrs[0])
}
