// run

// recover returns whatever value was passed to panic.
package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr" }

func catch(f func()) (v any) {
	defer func() {
		if r := recover(); r != nil {
			v = r
		}
	}()
	f()
	return "no panic"
}

func main() {
	v := catch(func() { panic("str") })
	println(v.(string))
	v = catch(func() { panic(42) })
	println(v.(int))
	v = catch(func() { panic(MyErr{7}) })
	println(v.(MyErr).code, v.(error).Error())
	v = catch(func() {})
	println(v.(string))
	v = catch(func() { panic(1.5) })
	println(v.(float64))
}
