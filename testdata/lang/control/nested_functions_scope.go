// run

// Block scoping: shadowing in nested blocks and closures.
package main

var x = "package"

func main() {
	println(x)
	x := "main"
	{
		x := "block"
		println(x)
		{
			x = "assigned block"
			println(x)
		}
	}
	println(x)
	f := func() {
		x := "closure"
		println(x)
	}
	f()
	println(x)
	for x := 0; x < 1; x++ {
		println(x)
	}
	if x := len(x); x > 0 {
		println(x)
	}
}
