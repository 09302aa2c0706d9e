package main

type Lock struct{ held bool }

func (l *Lock) Lock()   { l.held = true; println("lock") }
func (l *Lock) Unlock() { l.held = false; println("unlock") }

func counted() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body")
}

func withLock(l *Lock) int {
	l.Lock()
	defer l.Unlock()
	println("held", l.held)
	return 7
}

type Pair struct{ A, B int }

func pair() (p Pair) {
	defer func() { p.B = 99 }()
	return Pair{1, 2}
}

func early(x int) string {
	defer println("leaving early", x)
	if x > 0 {
		return "pos"
	}
	return "nonpos"
}

func argsNow() {
	x := 1
	defer println("x was", x)
	x = 2
	f := func(v int) { println("closure got", v, x) }
	defer f(x)
	x = 3
}

func main() {
	println(counted())
	order()
	var l Lock
	println(withLock(&l), l.held)
	println(pair().B)
	println(early(1), early(-1))
	argsNow()
	println(recover() == nil)
}
