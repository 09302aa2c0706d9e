// errorcheck

// Invalid method declarations.
package main

type T struct{}
type PT *T

func (int) M() {} // ERROR "cannot define new methods on non-local type int"

func (p PT) N() {} // ERROR "invalid receiver type PT \(pointer or interface type\)"

type I interface{ M() }

func (i I) X() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

type F struct{ Name int }

func (F) Name() {} // ERROR "field and method with the same name Name"

func main() {}
