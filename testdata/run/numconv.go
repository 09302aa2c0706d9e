// run

// Parsing and formatting integers in several bases by hand, with
// overflow detection and error results.
package main

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func format(v uint64, base uint64) string {
	if v == 0 {
		return "0"
	}
	var buf [64]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = digits[v%base]
		v /= base
	}
	return string(buf[i:])
}

func formatInt(v int64, base uint64) string {
	if v < 0 {
		return "-" + format(uint64(-v), base)
	}
	return format(uint64(v), base)
}

func digitVal(c byte) (uint64, bool) {
	switch {
	case c >= '0' && c <= '9':
		return uint64(c - '0'), true
	case c >= 'a' && c <= 'z':
		return uint64(c-'a') + 10, true
	case c >= 'A' && c <= 'Z':
		return uint64(c-'A') + 10, true
	}
	return 0, false
}

// parse returns the value, and an error message (empty on success).
func parse(s string, base uint64) (uint64, string) {
	if len(s) == 0 {
		return 0, "empty"
	}
	const max = 1<<64 - 1
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			continue
		}
		d, ok := digitVal(s[i])
		if !ok || d >= base {
			return 0, "invalid digit " + s[i:i+1]
		}
		if v > (max-d)/base {
			return 0, "overflow"
		}
		v = v*base + d
	}
	return v, ""
}

func parseInt(s string) (int64, string) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	base := uint64(10)
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, s = 16, s[2:]
		case 'b', 'B':
			base, s = 2, s[2:]
		case 'o', 'O':
			base, s = 8, s[2:]
		}
	}
	u, err := parse(s, base)
	if err != "" {
		return 0, err
	}
	if neg {
		if u > 1<<63 {
			return 0, "overflow"
		}
		return -int64(u), ""
	}
	if u > 1<<63-1 {
		return 0, "overflow"
	}
	return int64(u), ""
}

func main() {
	for _, v := range []uint64{0, 1, 255, 4096, 1<<32 + 1, 18446744073709551615} {
		println(v, format(v, 2), format(v, 8), format(v, 16), format(v, 36))
	}
	println(formatInt(-255, 16), formatInt(-9223372036854775808, 10), formatInt(42, 3))

	inputs := []string{"0", "42", "-42", "+7", "0x_ff", "0b1011", "0o777", "0XDEADbeef",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "12a", "", "-", "99999999999999999999", "1_000_000"}
	for _, in := range inputs {
		v, err := parseInt(in)
		if err != "" {
			println("parse", "\""+in+"\"", "error:", err)
		} else {
			println("parse", "\""+in+"\"", "=", v)
		}
	}

	// Round-trip every base.
	ok := true
	for base := uint64(2); base <= 36; base++ {
		for _, v := range []uint64{0, 1, base - 1, base, 123456789, 1<<63 + 12345} {
			got, err := parse(format(v, base), base)
			if err != "" || got != v {
				ok = false
				println("mismatch in base", base, "for", v)
			}
		}
	}
	println("round trip ok:", ok)
}
