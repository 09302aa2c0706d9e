// run

// println of an interface value prints (type,data) words: only nil is stable.
package main

func main() {
	var e any
	var err error
	println(e == nil, err == nil)
	println(e)
	println(err)
}
