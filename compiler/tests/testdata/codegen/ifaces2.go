package main

type Stringer interface{ String() string }
type Named interface {
	Stringer
	Name() string
}
type error2 interface{ Error() string }

type T struct{ n int }

func (t T) String() string { return "T" }
func (t *T) Name() string  { return "ptrT" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type U int

func (u U) String() string { return "U" }

func classify(x any) string {
	switch v := x.(type) {
	case Named:
		return "named " + v.Name() + " " + v.String()
	case error2:
		return "error " + v.Error()
	case Stringer:
		return "stringer " + v.String()
	}
	return "none"
}

func main() {
	println(classify(T{}), classify(&T{}), classify(U(1)), classify(&E{"bad"}), classify(3))
	var x any = &T{5}
	if s, ok := x.(Stringer); ok {
		println("ok", s.String())
	}
	_, ok := any(T{}).(Named)
	println(ok)
	var n Named = &T{}
	var s Stringer = n
	println(s.String(), s == Stringer(n))
	var e error2 = &E{"x"}
	var a any = e
	e2 := a.(error2)
	println(e2.Error(), e2 == e)
	var nilS Stringer
	_, ok = any(nilS).(Stringer)
	println(ok)
	println(any(U(2)).(Stringer).String())
	_ = any(T{}).(Named)
}
