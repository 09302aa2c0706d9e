package text

// Rule returns a horizontal line of n copies of c.
func Rule(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}
