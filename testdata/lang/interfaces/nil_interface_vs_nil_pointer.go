// run

// An interface holding a nil pointer is not nil.
package main

type E struct{}

func (*E) Error() string { return "E" }

type error2 interface{ Error() string }

func find(fail bool) error2 {
	var e *E
	if fail {
		e = &E{}
	}
	return e
}

func findGood(fail bool) error2 {
	if fail {
		return &E{}
	}
	return nil
}

func main() {
	println(find(false) == nil, find(true) == nil)
	println(findGood(false) == nil, findGood(true) == nil)
	println(find(false).Error())
}
