package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr" }

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
			q = -1
		}
	}()
	return a / b, ""
}

func deep(n int) int {
	if n == 0 {
		var s []int
		return s[3]
	}
	return deep(n-1) + 1
}

func catch(f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case string:
			msg = "string: " + v
		case error:
			msg = "error: " + v.Error()
		default:
			msg = "other"
		}
	}()
	f()
	return "returned normally"
}

type T struct{ vals []int }

func (t *T) get(i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return t.vals[i], true
}

func main() {
	println(safeDiv(7, 2))
	println(safeDiv(7, 0))
	println(catch(func() { deep(5) }))
	println(catch(func() { panic("boom") }))
	println(catch(func() { panic(MyErr{3}) }))
	println(catch(func() { panic(42) }))
	println(catch(func() {}))
	t := &T{[]int{1, 2}}
	println(t.get(1))
	println(t.get(5))
	println(recover() == nil)
	func() {
		defer println("inner deferred")
		defer func() { recover() }()
		panic("swallowed")
	}()
	println("after")
	defer println("main deferred")
	var m map[string]int
	m["x"] = 1
}
