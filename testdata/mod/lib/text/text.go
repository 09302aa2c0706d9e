// Package text formats numbers and pads strings for fixed-width reports.
package text

// MaxWidth is the widest column the report uses.
const MaxWidth = 12

// Calls counts how many values were formatted, to show package state
// shared across importers.
var Calls int

func init() {
	println("init example.com/lib/text")
}

// Itoa formats v in decimal.
func Itoa(v int64) string {
	Calls++
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	s := string(buf[i:])
	if neg {
		s = "-" + s
	}
	return s
}

// Pad pads s with spaces to width, on the left when right is true.
func Pad(s string, width int, right bool) string {
	if width > MaxWidth {
		width = MaxWidth
	}
	for len(s) < width {
		if right {
			s = " " + s
		} else {
			s = s + " "
		}
	}
	return s
}

// Join concatenates parts with sep between them.
func Join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}
