// run

// switch with fallthrough, no-condition switches and init statements.
package main

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		print(grade(n), " ")
	}
	println()
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			print("zero ")
			fallthrough
		case 1:
			print("one-or-fell ")
		case 2:
			print("two ")
			fallthrough
		default:
			print("default ")
		}
		println()
	}
	switch x := 5; {
	case x > 3:
		println("big")
		fallthrough
	case x > 100:
		println("fell into huge")
	}
	switch {
	default:
		println("only default")
	}
}
