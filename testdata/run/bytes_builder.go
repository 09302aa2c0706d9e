// run

// Building strings by appending to a []byte, then converting once.
package main

func appendInt(b []byte, v int64) []byte {
	if v == 0 {
		return append(b, '0')
	}
	neg := v < 0
	var digits [20]byte
	i := len(digits)
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	for u > 0 {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		b = append(b, '-')
	}
	return append(b, digits[i:]...)
}

func appendHex(b []byte, v uint32) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '0', 'x')
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hex[(v>>uint(shift))&0xf])
	}
	return b
}

func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

func join(parts []string, sep string) string {
	var b []byte
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

func pad(s string, width int, left bool) string {
	if len(s) >= width {
		return s
	}
	fill := make([]byte, width-len(s))
	for i := range fill {
		fill[i] = ' '
	}
	if left {
		return string(fill) + s
	}
	return s + string(fill)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func main() {
	var b []byte
	b = append(b, "values:"...)
	for _, v := range []int64{0, 7, -42, 1000000, -9223372036854775808, 9223372036854775807} {
		b = append(b, ' ')
		b = appendInt(b, v)
	}
	println(string(b))
	println(len(b))

	h := appendHex(nil, 0xdeadbeef)
	h = append(h, ' ')
	h = appendHex(h, 255)
	println(string(h))

	q := appendQuoted([]byte("quoted: "), "tab\there \"and\" newline\n\\")
	println(string(q))

	println(join([]string{"a", "bb", "ccc"}, ", "))
	println(join(nil, ","), join([]string{"solo"}, ","))

	println("[" + pad("right", 10, true) + "]")
	println("[" + pad("left", 10, false) + "]")
	println("[" + pad("toolongvalue", 4, true) + "]")
	println(upper("Hello, gobuild 123!"))

	// The conversion copies: later changes to b do not affect s.
	s := string(b[:6])
	b[0] = 'V'
	println(s, string(b[:6]))

	// Table of squares, right-aligned.
	for i := int64(1); i <= 12; i += 3 {
		line := pad(string(appendInt(nil, i)), 4, true) + pad(string(appendInt(nil, i*i*i*i)), 8, true)
		println(line)
	}
}
