// run

// Values that live only in Wasm locals or on the operand stack across a
// collection (runtime.GC inside nested calls) must survive it.
package main

import "runtime"

type T struct {
	name string
	next *T
	vals []int
}

func mk(s string, n int) *T {
	runtime.GC()
	t := &T{name: s, vals: make([]int, n)}
	for i := range t.vals {
		t.vals[i] = i * n
	}
	return t
}

func join(a, b *T) string {
	runtime.GC()
	return a.name + "+" + b.name
}

func sum(t *T) int {
	s := 0
	for _, v := range t.vals {
		s += v
	}
	return s
}

func main() {
	// Call results waiting on the operand stack while the next argument allocates.
	s := join(mk("a", 10), mk("b", 20))
	println(s)
	var head *T
	for i := 0; i < 200; i++ {
		t := mk("n", i%17)
		t.next = head
		head = t
		garbage := make([]byte, 1<<16)
		garbage[0] = 1
	}
	total := 0
	for t := head; t != nil; t = t.next {
		total += sum(t) + len(t.name)
	}
	var iface interface{} = mk("boxed", 3)
	runtime.GC()
	println(total, sum(iface.(*T)), iface.(*T).name)
	runtime.KeepAlive(head)
}
