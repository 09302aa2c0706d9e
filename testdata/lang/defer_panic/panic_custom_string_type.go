// run

// panic with a named string type prints main.Name("text").
package main

type Reason string

func main() {
	panic(Reason("out of cheese"))
}
