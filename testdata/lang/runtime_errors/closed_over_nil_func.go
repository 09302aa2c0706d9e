// run

// Calling a nil func field.
package main

type Handler struct{ on func() }

func main() {
	h := Handler{}
	h.on()
}
