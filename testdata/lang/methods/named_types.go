// run

// Methods on named non-struct types: ints, slices, maps, funcs.
package main

type Celsius float64
type IntList []int
type Registry map[string]int
type Op func(int) int

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (r Registry) Register(name string) int {
	if id, ok := r[name]; ok {
		return id
	}
	r[name] = len(r) + 1
	return r[name]
}

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	println(int(Celsius(100).F()), int(Celsius(-40).F()))
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	println(l.Sum(), len(l))
	r := Registry{}
	println(r.Register("a"), r.Register("b"), r.Register("a"))
	inc := Op(func(x int) int { return x + 1 })
	println(inc.Twice(5), Op(func(x int) int { return x * x }).Twice(3))
}
