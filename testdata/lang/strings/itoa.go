// run

// Integer to decimal string conversion without strconv.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	u := uint64(n)
	if neg {
		u = -u
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func main() {
	for _, n := range []int{0, 7, -7, 1234567890, -9223372036854775808, 9223372036854775807} {
		println(itoa(n))
	}
	for _, s := range []string{"42", "-17", "x1", ""} {
		v, ok := atoi(s)
		println(s, v, ok)
	}
}
