// run

// The predeclared error interface with custom error types.
package main

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct{ Cause error }

func (t *Temporary) Error() string { return "temporary: " + t.Cause.Error() }
func (t *Temporary) Unwrap() error { return t.Cause }

func lookup(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "t":
		return 0, &Temporary{NotFound{k}}
	}
	return 0, NotFound{k}
}

func main() {
	for _, k := range []string{"a", "b", "t"} {
		v, err := lookup(k)
		if err != nil {
			println("error:", err.Error())
			if nf, ok := err.(NotFound); ok {
				println("  key", nf.Key)
			}
			if u, ok := err.(interface{ Unwrap() error }); ok {
				println("  cause", u.Unwrap().Error())
			}
			continue
		}
		println("value", v)
	}
	var e error
	println(e == nil)
}
