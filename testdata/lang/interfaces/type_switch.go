// run

// Type switches over many dynamic types, with shared and default cases.
package main

type Point struct{ X, Y int }
type Err struct{ msg string }

func (e *Err) Error() string { return e.msg }

type error2 interface{ Error() string }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case int8, int16:
		return "small int"
	case string:
		return "string of len " + string(rune('0'+len(x)))
	case bool:
		if x {
			return "true"
		}
		return "false"
	case Point:
		return "point"
	case *Point:
		return "point pointer"
	case error2:
		return "error: " + x.Error()
	case []int:
		return "int slice"
	case func():
		return "func"
	default:
		return "other"
	}
}

func main() {
	vals := []any{nil, 1, int8(2), int16(3), "abc", true, false, Point{}, &Point{}, &Err{"bad"}, []int{}, func() {}, 1.5, map[int]int{}}
	for _, v := range vals {
		println(describe(v))
	}
}
