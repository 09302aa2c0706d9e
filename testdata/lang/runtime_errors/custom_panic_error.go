// run

// panic(error) prints Error(); a runtime error's text in a re-panic.
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	var s []int
	i := 1
	_ = s[i]
}
