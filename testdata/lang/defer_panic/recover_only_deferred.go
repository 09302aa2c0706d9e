// run

// recover only works when called directly by a deferred function.
package main

func helper() any { return recover() }

func indirect() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "outer caught"
		}
	}()
	defer func() {
		r := helper()
		println("helper got nil:", r == nil)
	}()
	panic("boom")
}

func direct() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = "caught " + r.(string)
		}
	}()
	panic("bang")
}

func main() {
	println(direct())
	println(indirect())
	println(recover() == nil)
}
