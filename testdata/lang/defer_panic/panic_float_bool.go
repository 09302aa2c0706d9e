// run

// panic with floats and bools prints them the way gc does.
package main

func main() {
	defer func() {
		r := recover()
		println("got", r.(float64))
		panic(true)
	}()
	panic(2.5)
}
