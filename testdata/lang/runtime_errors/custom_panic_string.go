// run

// panic("message") prints the string as is.
package main

func main() {
	panic("something went wrong: code 7")
}
