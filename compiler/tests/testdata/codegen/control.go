package main

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for i := 0; i < 20; i++ {
		switch i % 5 {
		case 0:
			print("zero ")
			fallthrough
		case 1:
			print("one ")
		case 2, 3:
			if i > 10 {
				break
			}
			print("twothree ")
		default:
			print("other ")
			continue
		}
		print(i, ";")
	}
	println()
	println(grade(95), grade(85), grade(10))
	count := 0
outer:
	for i := 0; ; i++ {
		for j := 0; j < i; j++ {
			switch {
			case j == 3:
				continue outer
			case i > 6:
				break outer
			}
			count++
		}
	}
	println(count)
	x := 0
	for x < 100 {
		x += 7
	}
	println(x)
	for i := range 3 {
		defer_like(i)
	}
	var k int
	for k = range 5 {
	}
	println(k)
	i := 0
loop:
	if i < 3 {
		print(i)
		i++
		goto loop
	}
	println()
}

func defer_like(i int) { print("r", i, " ") }
