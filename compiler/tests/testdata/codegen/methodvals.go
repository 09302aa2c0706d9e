package main

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Get() int       { return a.total }

type Big struct {
	vals [4]int
	name string
}

func (b Big) Sum(k int) (int, Big) {
	s := 0
	for _, v := range b.vals {
		s += v
	}
	b.vals[0] = 99
	return s * k, b
}

type Getter interface{ Get() int }

type Wrap struct{ *Acc }

func apply(f func(int) int, n int) int { return f(n) }

func main() {
	var a Acc
	add := a.Add
	add(5)
	add(10)
	println(a.total, apply(add, 1), a.total)
	get := a.Get
	a.total = 100
	println(get(), a.Get())
	b := Big{[4]int{1, 2, 3, 4}, "b"}
	sum := b.Sum
	b.vals[1] = 50
	s, b2 := sum(2)
	println(s, b2.vals[0], b.vals[0], b2.name)
	var g Getter = &a
	gf := g.Get
	a.total = 7
	println(gf())
	w := Wrap{&a}
	wadd := w.Add
	wadd(3)
	println(a.total)
	f1 := (*Acc).Add
	println(f1(&a, 1))
	f2 := Acc.Get
	println(f2(a))
	fs := []func(int) int{a.Add, w.Add}
	for _, f := range fs {
		f(1)
	}
	println(a.total)
}
