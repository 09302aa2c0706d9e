// errorcheck

// Types that contain themselves without indirection.
package main

type A struct { // ERROR "invalid recursive type A\n\t.*A refers to B\n\t.*B refers to A"
	b B
}

type B struct {
	a A
}

type Self struct { // ERROR "invalid recursive type: Self refers to itself"
	s Self
}

type Arr [2]Arr // ERROR "invalid recursive type: Arr refers to itself"

type OK struct {
	next  *OK
	kids  []OK
	table map[string]OK
}

func main() {
	var o OK
	_ = o
}
