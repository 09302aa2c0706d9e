// errorcheck

package main

func two() (int, int) { return 1, 2 }

func one(a int) int { return a }

func main() {
	a := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	println(one(1, 2)) // ERROR "too many arguments in call to one\n\thave \(number, number\)\n\twant \(int\)"
	println(one()) // ERROR "not enough arguments in call to one"
	println(a)
}
