// run

// A recovered panic lets deferred code choose every result.
package main

type Result struct {
	Value int
	Err   string
}

func compute(xs []int, i int) (r Result, ok bool) {
	defer func() {
		if e := recover(); e != nil {
			r = Result{-1, e.(error).Error()}
			ok = false
		}
	}()
	return Result{xs[i] * 2, ""}, true
}

func main() {
	xs := []int{1, 2, 3}
	for _, i := range []int{0, 2, 3, -1} {
		r, ok := compute(xs, i)
		println(i, r.Value, r.Err, ok)
	}
}
