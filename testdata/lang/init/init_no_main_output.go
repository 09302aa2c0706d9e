// run

// init can print and modify state that main checks.
package main

var ready bool
var log []string

func init() {
	log = append(log, "init A")
}

func init() {
	log = append(log, "init B")
	ready = true
}

func main() {
	println(ready, len(log))
	for _, l := range log {
		println(l)
	}
}
