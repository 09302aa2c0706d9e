// run

// Operations allowed through a core type: range, index, len, make.
package main

type Bytes interface{ ~[]byte | ~string }

func CountByte[S Bytes](s S, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func MakeFilled[S ~[]E, E any](n int, v E) S {
	s := make(S, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func Sum[M ~map[string]int](m M) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

type Row []float64

func main() {
	println(CountByte("banana", 'a'), CountByte([]byte("abba"), 'b'))
	r := MakeFilled[Row](3, 1.5)
	println(len(r), r[2])
	println(Sum(map[string]int{"a": 1, "b": 2}))
}
