// run

// int64/uint64 edges.
package main

func main() {
	var max int64 = 1<<63 - 1
	var min int64 = -1 << 63
	println(max, min)
	println(max+1, min-1, -min)
	println(max*2, min*2)
	var u uint64 = 1<<64 - 1
	println(u, u+1, u*u, u/3)
	var i int = 9223372036854775807
	i += 10
	println(i)
	var x uint = 0
	x--
	println(x)
	println(min/-1, min%-1)
}
