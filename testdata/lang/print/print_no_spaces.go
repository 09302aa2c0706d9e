// run

// print writes operands without separators or newline.
package main

func main() {
	print("a", "b", 1, 2, true, "\n")
	print(1.5, "\n")
	print()
	print("x")
	print("y\n")
	print(-7, 8, "\n")
	for i := 0; i < 3; i++ {
		print(i)
	}
	print("\n")
}
