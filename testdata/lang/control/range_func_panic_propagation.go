// run

// A panic inside a range-over-func body propagates through the iterator.
package main

func seq(yield func(int) bool) {
	defer println("iterator deferred")
	for i := 0; i < 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func run() (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(string)
		}
	}()
	for v := range seq {
		println("body", v)
		if v == 2 {
			panic("stop at 2")
		}
	}
	return "completed"
}

func main() {
	println(run())
}
