// run

// any holds every kind of value; values are copied in.
package main

type S struct{ n int }

func main() {
	vals := []any{1, "two", 3.0, S{4}, &S{5}, [2]int{6, 7}, nil, true, 'x', byte(9)}
	s := S{1}
	var i any = s
	s.n = 100
	println(i.(S).n)
	arr := [2]int{1, 2}
	var j any = arr
	arr[0] = 9
	println(j.([2]int)[0])
	println(len(vals))
	for idx, v := range vals {
		switch v.(type) {
		case int:
			println(idx, "int", v.(int))
		case string:
			println(idx, "string", v.(string))
		case float64:
			println(idx, "float64", v.(float64))
		case S:
			println(idx, "S", v.(S).n)
		case *S:
			println(idx, "*S", v.(*S).n)
		case [2]int:
			println(idx, "array", v.([2]int)[1])
		case nil:
			println(idx, "nil")
		case bool:
			println(idx, "bool")
		case rune:
			println(idx, "rune", v.(rune))
		case byte:
			println(idx, "byte", v.(byte))
		}
	}
}
