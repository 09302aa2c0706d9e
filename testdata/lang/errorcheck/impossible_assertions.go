// errorcheck

// Type assertions that can never succeed.
package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var i I = &T{}
	_ = i.(T) // ERROR "impossible type assertion: i.\(T\)\n\tT does not implement I \(method M has pointer receiver\)"
	_ = i.(U) // ERROR "impossible type assertion: i.\(U\)\n\tU does not implement I \(missing method M\)"
	switch i.(type) {
	case U: // ERROR "impossible type switch case: U\n\ti \(variable of interface type I\) cannot have dynamic type U \(missing method M\)"
	}
	n := 3
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
}
