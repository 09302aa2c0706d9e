// run

// The zero string is empty; len and comparison of empty strings.
package main

func main() {
	var s string
	println(s == "", len(s), s+"x")
	t := "abc"[3:]
	println(t == s, len(t))
	var arr [3]string
	arr[1] = "mid"
	for i, v := range arr {
		println(i, "["+v+"]", len(v))
	}
}
