// run

// Panics in nested calls unwind through frames running their defers.
package main

func level(n int) {
	defer println("leaving level", n)
	if n == 3 {
		panic("deep")
	}
	level(n + 1)
}

func run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered: " + r.(string)
		}
	}()
	level(0)
	return "not reached"
}

func main() {
	println(run())
	println("main continues")
}
