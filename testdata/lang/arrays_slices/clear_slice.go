// run

// clear zeroes slice elements but keeps the length.
package main

func main() {
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	println(len(s), s[0], s[1], s[2], s[3])
	strs := []string{"a", "b"}
	clear(strs)
	println(len(strs), strs[0] == "", strs[1] == "")
	var nilS []int
	clear(nilS)
	println(nilS == nil)
}
