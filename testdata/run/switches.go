// run

// switch: expression and tagless, multiple values, fallthrough, init
// statements, default anywhere, break inside switch.
package main

func name(d int) string {
	switch d {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd"
	case 2, 4, 6, 8:
		return "even"
	default:
		return "big"
	}
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func levels(n int) string {
	s := ""
	switch n {
	case 3:
		s += "three "
		fallthrough
	case 2:
		s += "two "
		fallthrough
	case 1:
		s += "one"
	case 0:
		s += "none"
	}
	return s
}

func defaultFirst(c byte) string {
	switch c {
	default:
		return "other"
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
}

var evals int

func val(x int) int {
	evals++
	return x
}

func main() {
	for d := 0; d <= 10; d += 1 {
		print(name(d), " ")
	}
	println()
	println(sign(-7), sign(0), sign(12))
	for n := 0; n <= 4; n++ {
		println(n, "->", levels(n))
	}
	println(defaultFirst('e'), defaultFirst('x'), defaultFirst(' '))

	// Cases are evaluated top to bottom, left to right, until a match.
	evals = 0
	switch val(3) {
	case val(1), val(2):
		println("never")
	case val(3), val(4):
		println("matched 3")
	case val(5):
		println("never")
	}
	println("evaluations:", evals)

	// switch with an init statement and no tag.
	switch x := 5 * 5; {
	case x > 20:
		println("x > 20:", x)
		fallthrough
	case x > 100:
		println("fell through with x =", x)
	default:
		println("never")
	}

	// break inside switch leaves only the switch; a label leaves the loop.
	i := 0
loop:
	for ; ; i++ {
		switch {
		case i == 2:
			println("skip 2")
			break
		case i == 5:
			break loop
		}
		println("after switch", i)
	}
	println("left loop at", i)

	// switch on strings.
	for _, cmd := range []string{"start", "stop", "status", ""} {
		switch cmd {
		case "start", "restart":
			println(cmd, "-> starting")
		case "stop":
			println(cmd, "-> stopping")
		case "":
			println("empty command")
		default:
			println(cmd, "-> unknown")
		}
	}

	// switch on a bool expression and on typed values.
	var u8 uint8 = 200
	switch u8 + 100 {
	case 44:
		println("uint8 wrapped to 44")
	default:
		println("no wrap?")
	}
	switch true {
	case u8 > 100 && u8 < 250:
		println("in range")
	}
	// Empty switch.
	switch {
	}
	switch sign(-1) {
	}
	println("done")
}
