// run

// Type switch binding in multi-type cases keeps the interface type.
package main

func show(v any) {
	switch x := v.(type) {
	case int, string:
		switch y := x.(type) {
		case int:
			println("int", y)
		case string:
			println("string", y)
		}
	case nil:
		println("nil", x == nil)
	default:
		_ = x
		println("default")
	}
}

func main() {
	show(1)
	show("s")
	show(nil)
	show(1.5)
}
