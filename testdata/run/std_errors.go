// run

// errors compiled from GOROOT (internal/reflectlite from gobuild's overlay):
// New, Is, As, Unwrap, Join, wrapping chains.
package main

import "errors"

type codeError struct{ code int }

func (e *codeError) Error() string { return "code " + itoa(e.code) }

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

type valErr string

func (v valErr) Error() string { return string(v) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

var ErrNotFound = errors.New("not found")

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	println(e1.Error(), e1 == e2, errors.Is(e1, e1), errors.Is(e1, e2))
	w := wrapper{"reading", ErrNotFound}
	w2 := wrapper{"outer", w}
	println(w2.Error())
	println(errors.Is(w2, ErrNotFound), errors.Is(w2, e1), errors.Unwrap(w2) == error(w), errors.Unwrap(e1) == nil)

	ce := &codeError{42}
	wc := wrapper{"ctx", ce}
	var target *codeError
	println(errors.As(wc, &target), target == ce, target.code)
	var w3 wrapper
	println(errors.As(w2, &w3), w3.msg)
	var ve valErr
	println(errors.As(wc, &ve), errors.As(wrapper{"v", valErr("val")}, &ve), string(ve))
	var asIface interface{ Unwrap() error }
	println(errors.As(w2, &asIface), asIface.Unwrap().Error())

	j := errors.Join(e1, nil, ErrNotFound)
	println(j.Error())
	println(errors.Is(j, ErrNotFound), errors.Is(j, e2), errors.Join(nil, nil) == nil)
	m := multi{[]error{e1, wc}}
	println(errors.Is(m, ErrNotFound), errors.Is(m, e1), errors.As(m, &target), target.code)
	println(errors.Is(isAll{}, e1), errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil))
	println(errors.ErrUnsupported.Error())
	defer func() {
		r := recover()
		println("recovered:", r.(string))
	}()
	errors.As(e1, nil)
}
