// run

// Deferred closures can read and modify named results.
package main

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func trace() (s string) {
	defer func() { s += " (traced)" }()
	s = "start"
	return s + " returned"
}

func count() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 10
}

func main() {
	println(double())
	println(trace())
	println(count())
}
