// run

// After recovering, the function returns its named results; later code does not run.
package main

func work(fail bool) (n int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	n = 1
	if fail {
		panic("fail")
	}
	n = 2
	return n, true
}

func main() {
	println(work(false))
	println(work(true))
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					println("iteration", i, "recovered", r.(int))
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
			println("iteration", i, "fine")
		}()
	}
}
