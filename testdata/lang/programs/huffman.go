// run

// Huffman coding: frequency table, tree built with a heap, canonical codes, bit writer/reader, round trip and run-length encoding.
package main

type hnode struct {
	freq        int
	sym         byte
	leaf        bool
	order       int
	left, right *hnode
}

type nodeHeap []*hnode

func (h nodeHeap) less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}

func (h *nodeHeap) push(n *hnode) {
	*h = append(*h, n)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if !s.less(i, p) {
			break
		}
		s[i], s[p] = s[p], s[i]
		i = p
	}
}

func (h *nodeHeap) pop() *hnode {
	s := *h
	top := s[0]
	s[0] = s[len(s)-1]
	s = s[:len(s)-1]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(s) && s.less(l, m) {
			m = l
		}
		if r < len(s) && s.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
	*h = s
	return top
}

type Code struct {
	bits uint32
	n    int
}

func buildCodes(data []byte) (map[byte]Code, *hnode) {
	var freq [256]int
	for _, b := range data {
		freq[b]++
	}
	var h nodeHeap
	order := 0
	for s := 0; s < 256; s++ {
		if freq[s] > 0 {
			h.push(&hnode{freq: freq[s], sym: byte(s), leaf: true, order: order})
			order++
		}
	}
	if len(h) == 0 {
		return map[byte]Code{}, nil
	}
	if len(h) == 1 {
		only := h.pop()
		root := &hnode{freq: only.freq, left: only, order: order}
		return map[byte]Code{only.sym: {0, 1}}, root
	}
	for len(h) > 1 {
		a, b := h.pop(), h.pop()
		h.push(&hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	root := h.pop()
	codes := map[byte]Code{}
	var walk func(n *hnode, c Code)
	walk = func(n *hnode, c Code) {
		if n.leaf {
			codes[n.sym] = c
			return
		}
		walk(n.left, Code{c.bits << 1, c.n + 1})
		walk(n.right, Code{c.bits<<1 | 1, c.n + 1})
	}
	walk(root, Code{})
	return codes, root
}

type BitWriter struct {
	buf   []byte
	cur   byte
	nbits int
	total int
}

func (w *BitWriter) Write(c Code) {
	for i := c.n - 1; i >= 0; i-- {
		w.cur = w.cur<<1 | byte(c.bits>>uint(i)&1)
		w.nbits++
		w.total++
		if w.nbits == 8 {
			w.buf = append(w.buf, w.cur)
			w.cur, w.nbits = 0, 0
		}
	}
}

func (w *BitWriter) Flush() []byte {
	if w.nbits > 0 {
		w.buf = append(w.buf, w.cur<<uint(8-w.nbits))
		w.cur, w.nbits = 0, 0
	}
	return w.buf
}

type BitReader struct {
	data []byte
	pos  int
}

func (r *BitReader) Bit() (int, bool) {
	if r.pos >= len(r.data)*8 {
		return 0, false
	}
	b := r.data[r.pos/8] >> uint(7-r.pos%8) & 1
	r.pos++
	return int(b), true
}

func encode(data []byte) ([]byte, int, *hnode) {
	codes, root := buildCodes(data)
	var w BitWriter
	for _, b := range data {
		w.Write(codes[b])
	}
	total := w.total
	return w.Flush(), total, root
}

func decode(enc []byte, nbits int, root *hnode) []byte {
	var out []byte
	r := &BitReader{data: enc}
	for r.pos < nbits {
		n := root
		for !n.leaf {
			bit, ok := r.Bit()
			if !ok {
				panic("decode: truncated input")
			}
			if bit == 0 {
				n = n.left
			} else {
				n = n.right
			}
			if n == nil {
				panic("decode: invalid code")
			}
		}
		out = append(out, n.sym)
	}
	return out
}

func rle(s string) string {
	out := ""
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		if j-i > 1 {
			out += itoa(j - i)
		}
		out += string(s[i])
		i = j
	}
	return out
}

func unrle(s string) string {
	out := []byte{}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		for ; n > 0; n-- {
			out = append(out, c)
		}
	}
	return string(out)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func codeString(c Code) string {
	s := ""
	for i := c.n - 1; i >= 0; i-- {
		s += string(rune('0' + c.bits>>uint(i)&1))
	}
	return s
}

func main() {
	texts := []string{
		"abracadabra",
		"aaaaaaaaaaaaaaaa",
		"the quick brown fox jumps over the lazy dog",
		"",
		"mississippi river banks",
	}
	for _, t := range texts {
		data := []byte(t)
		enc, nbits, root := encode(data)
		var dec []byte
		if root != nil {
			dec = decode(enc, nbits, root)
		}
		println("[" + t + "]")
		println("  bytes", len(data), "-> bits", nbits, "bytes", len(enc), "roundtrip", string(dec) == t)
	}
	codes, _ := buildCodes([]byte("abracadabra"))
	for _, s := range []byte("abcdr") {
		println(" ", string(s), codeString(codes[s]))
	}
	var kraft float64
	for _, c := range codes {
		kraft += 1 / float64(uint(1)<<uint(c.n))
	}
	println("kraft sum is one:", kraft == 1)

	big := make([]byte, 0, 5000)
	seed := uint32(7)
	for i := 0; i < 5000; i++ {
		seed = seed*1103515245 + 12345
		// skewed distribution: low letters much more likely
		v := seed >> 16 % 100
		var ch byte
		switch {
		case v < 50:
			ch = 'e'
		case v < 75:
			ch = 't'
		case v < 90:
			ch = 'a'
		case v < 97:
			ch = 'o'
		default:
			ch = byte('a' + v%26)
		}
		big = append(big, ch)
	}
	enc, nbits, root := encode(big)
	dec := decode(enc, nbits, root)
	println("random text:", len(big), "bytes ->", len(enc), "ok", string(dec) == string(big))

	func() {
		defer func() { println("recovered:", recover().(string)) }()
		decode(enc[:3], 100, root)
	}()

	for _, s := range []string{"aaabccddddde", "abc", "", "zzzzzzzzzzzz"} {
		r := rle(s)
		println("rle", "["+s+"]", "->", "["+r+"]", unrle(r) == s)
	}
}
