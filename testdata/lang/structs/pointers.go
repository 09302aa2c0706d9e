// run

// Pointers to structs, auto-dereference, new and & of composite literals.
package main

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func main() {
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i*i)
	}
	for n := head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	p := new(Node)
	p.Val = 3
	q := p
	q.Val++
	println(p.Val, (*p).Val, p == q)
	r := &Node{Val: 4}
	println(*r == *p, r == p)
	pp := &p
	(*pp).Val = 10
	println(p.Val)
}
