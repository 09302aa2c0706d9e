// run

// The range expression is evaluated once, before the loop.
package main

var calls int

func items() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	for _, v := range items() {
		print(v, " ")
	}
	println(calls)
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[i] = 0
	}
	println(arr[0], arr[2])
	m := map[string]int{"a": 1}
	for k, v := range m {
		println(k, v)
	}
	var nilArrPtr *[4]int
	n := 0
	for i := range nilArrPtr {
		n += i
	}
	println(n)
}
