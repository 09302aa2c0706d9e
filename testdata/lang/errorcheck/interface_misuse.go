// errorcheck

// Interface method and embedding errors.
package main

type R interface {
	Read() int
	Read() int // ERROR "duplicate method Read"
}

type W interface {
	Write(int)
}

type T struct{}

func (T) Write(string) {}

func main() {
	var w W = T{} // ERROR "T does not implement W \(wrong type for method Write\)\n\t\thave Write\(string\)\n\t\twant Write\(int\)"
	var x interface{ M() }
	x.N() // ERROR "x.N undefined \(type interface\{M\(\)\} has no field or method N\)"
	_ = w
}
