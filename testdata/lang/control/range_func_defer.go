// run

// defer inside a range-over-func loop body runs when the enclosing function returns.
package main

func each(xs []string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func run() {
	for s := range each([]string{"a", "b", "c"}) {
		defer println("deferred", s)
		println("body", s)
	}
	println("end of run")
}

func main() {
	run()
	println("after run")
}
