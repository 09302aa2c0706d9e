// run

// Every form of the for statement.
package main

func main() {
	i := 0
	for i < 3 {
		i++
	}
	println(i)
	for {
		i--
		if i == 0 {
			break
		}
	}
	println(i)
	for j, k := 0, 10; j < k; j, k = j+1, k-2 {
		print(j, ":", k, " ")
	}
	println()
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		print(i, " ")
	}
	println()
	var x int
	for x = 0; x < 4; x += 2 {
	}
	println(x)
}
