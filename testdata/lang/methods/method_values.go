// run

// Method values bind the receiver when evaluated.
package main

type Acc struct{ total int }

func (a *Acc) Add(n int)   { a.total += n }
func (a Acc) Report() int { return a.total }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{}
	add := a.Add
	apply(add, 1, 2, 3)
	println(a.total)
	rep := a.Report
	a.Add(100)
	println(rep(), a.Report())
	var v Acc
	vadd := v.Add
	vadd(7)
	println(v.total)
	fs := []func() int{a.Report, v.Report}
	a.Add(1)
	println(fs[0](), fs[1]())
}
