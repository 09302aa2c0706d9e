// errorcheck

// Calls with too many or too few arguments, reported with have/want.
package main

func add(a, b int) int { return a + b }
func greet(name string, times int) {}
func variadic(prefix string, xs ...int) {}

type T struct{}

func (T) M(x int) {}

func main() {
	println(add(1)) // ERROR "not enough arguments in call to add\n\thave \(number\)\n\twant \(int, int\)"
	println(add(1, 2, 3)) // ERROR "too many arguments in call to add\n\thave \(number, number, number\)\n\twant \(int, int\)"
	greet("x") // ERROR "not enough arguments in call to greet\n\thave \(string\)\n\twant \(string, int\)"
	variadic() // ERROR "not enough arguments in call to variadic\n\thave \(\)\n\twant \(string, \.\.\.int\)"
	var t T
	t.M() // ERROR "not enough arguments in call to t.M\n\thave \(\)\n\twant \(int\)"
	t.M(1, "a") // ERROR "too many arguments in call to t.M\n\thave \(number, string\)\n\twant \(int\)"
	variadic("p", 1, 2)
}
