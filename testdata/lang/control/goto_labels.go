// run

// goto forward and backward, labels on loops.
package main

func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()
	n := 7
	if n%2 == 1 {
		goto odd
	}
	println("even")
	goto end
odd:
	println("odd")
end:
	println("end")
}
