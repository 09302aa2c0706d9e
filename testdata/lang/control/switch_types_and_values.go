// run

// switch on values of named types, runes, bools and with init statements.
package main

type Op byte

const (
	Add Op = '+'
	Sub Op = '-'
)

func classify(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return "letter"
	case r >= '0' && r <= '9':
		return "digit"
	case r == ' ' || r == '\t':
		return "space"
	}
	return "other"
}

func main() {
	for _, op := range []Op{Add, Sub, '*'} {
		switch op {
		case Add:
			println("add")
		case Sub:
			println("sub")
		default:
			println("unknown", string(op))
		}
	}
	for _, r := range "a1 é" {
		println(string(r), classify(r))
	}
	switch b := 3 > 2; b {
	case true:
		println("true branch")
	case false:
		println("false branch")
	}
	switch x := 5; x * 2 {
	case 10:
		println("ten")
	}
}
