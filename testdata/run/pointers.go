// run

// Pointers: new, &x, *p, pointers to array elements and struct fields,
// pointers to pointers, comparison with nil.
package main

type Node struct {
	Value int
	Next  *Node
}

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newCounter(start int) *int {
	c := start
	return &c
}

func set(pp **int, p *int) { *pp = p }

func main() {
	x := 10
	p := &x
	*p = 20
	println(x, *p, p == &x)
	inc(p)
	inc(&x)
	println(x)

	a, b := 1, 2
	swap(&a, &b)
	println(a, b)

	n := new(int)
	println(*n)
	*n = 5
	m := n
	*m += 1
	println(*n, *m, n == m)

	c1 := newCounter(100)
	c2 := newCounter(100)
	inc(c1)
	println(*c1, *c2, c1 == c2, *c1 == *c2+1)

	// Pointers into arrays.
	arr := [5]int{1, 2, 3, 4, 5}
	e := &arr[2]
	*e = 30
	println(arr[2])
	for i := range arr {
		q := &arr[i]
		*q *= 2
	}
	println(arr[0], arr[1], arr[2], arr[3], arr[4])
	pa := &arr
	pa[4] = -1
	println(arr[4], len(pa))
	for i, v := range pa {
		if i == 0 {
			println("range over *array:", v)
		}
	}

	// Pointers into slices share the backing array.
	s := []int{10, 20, 30}
	ps := &s[1]
	*ps = 99
	println(s[1])

	// Pointer to pointer.
	var pp **int
	var ip *int
	pp = &ip
	set(pp, &x)
	**pp = 77
	println(x, *ip, ip == &x)

	// nil pointers compare equal.
	var np *int
	var np2 *Node
	println(np == nil, np2 == nil, ip != nil)

	// A linked list built with new and &T{}.
	var head *Node
	for i := 1; i <= 5; i++ {
		node := new(Node)
		node.Value = i * i
		node.Next = head
		head = node
	}
	head = &Node{Value: 0, Next: head}
	sum := 0
	for n := head; n != nil; n = n.Next {
		print(n.Value, " ")
		sum += n.Value
	}
	println()
	println("sum", sum)

	// new of composite types.
	pt := new([3]string)
	pt[0] = "first"
	println(pt[0], pt[1] == "", len(pt))
	ps2 := new([]int)
	*ps2 = append(*ps2, 1, 2)
	println(len(*ps2), (*ps2)[1])
}
