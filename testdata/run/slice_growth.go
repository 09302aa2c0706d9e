// run

// Capacity growth of append follows gc's growslice policy, including
// rounding up to allocation size classes.
package main

type triple struct{ a, b, c int32 }

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			println("int len", len(ints), "cap", last)
		}
	}
	var bytes []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bytes = append(bytes, byte(i))
		if cap(bytes) != last {
			last = cap(bytes)
			println("byte len", len(bytes), "cap", last)
		}
	}
	var ts []triple
	last = -1
	for i := 0; i < 300; i++ {
		ts = append(ts, triple{int32(i), 0, 0})
		if cap(ts) != last {
			last = cap(ts)
			println("triple len", len(ts), "cap", last)
		}
	}
	// Appending many elements at once.
	many := append([]int{1}, make([]int, 10)...)
	println(len(many), cap(many))
	s := append([]byte("abc"), "defgh"...)
	println(len(s), cap(s))
	var strs []string
	strs = append(strs, "a", "b", "c")
	println(len(strs), cap(strs))
	// Values survive every reallocation.
	ok := true
	for i, v := range ints {
		if v != i {
			ok = false
		}
	}
	println("values intact:", ok, ints[1999], bytes[4999])
}
