// run

// Allocates 4 GiB in total while keeping a small live set; the live data must stay intact.
package main

type Node struct {
	id    int
	left  *Node
	right *Node
	data  []byte
}

var ring [512]*Node

func build(depth, id int) *Node {
	if depth == 0 {
		return nil
	}
	return &Node{id: id, left: build(depth-1, 2*id), right: build(depth-1, 2*id+1), data: make([]byte, 16)}
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	return n.id + sum(n.left) + sum(n.right) + len(n.data)
}

func main() {
	keep := build(12, 1) // 4095 live nodes for the whole run
	want := sum(keep)
	total := 0
	for round := 0; round < 1024; round++ {
		for i := 0; i < 1024; i++ {
			n := &Node{id: i, data: make([]byte, 4096)}
			n.data[i%4096] = byte(round)
			ring[(round*1024+i)%len(ring)] = n
			total += len(n.data)
		}
		if round%256 == 255 {
			println("round", round+1, "allocated MiB", total>>20, "live tree ok", sum(keep) == want)
		}
	}
	check := 0
	for _, n := range ring {
		check += int(n.data[n.id%4096])
	}
	println("ring check", check, "tree sum", sum(keep))
}
