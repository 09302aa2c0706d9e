// run

// A negative variable index reports the negative value.
package main

func main() {
	s := []string{"a"}
	i := -2
	println(s[i])
}
